/** The command line: picocli commands run, run-all, validate, verify and history, and their exit codes. */
package io.auditpack.cli;
