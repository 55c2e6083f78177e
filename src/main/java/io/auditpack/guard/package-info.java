/** One run of a job at a time across processes: an operating-system file lock per job, naming its holder. */
@NullMarked
package io.auditpack.guard;

import org.jspecify.annotations.NullMarked;
