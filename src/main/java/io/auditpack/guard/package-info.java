/** One run of a job at a time across processes: an operating-system file lock per job, naming its holder. */
package io.auditpack.guard;
