/** The command line: picocli commands run, run-all, validate, verify and history, and their exit codes. */
@NullMarked
package io.auditpack.cli;

import org.jspecify.annotations.NullMarked;
