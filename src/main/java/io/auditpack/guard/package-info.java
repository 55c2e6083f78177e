/**
 * Guards around the file system: one run of a job at a time across processes (an operating-system file lock per job,
 * naming its holder) in a state folder that is never written through a link.
 */
@NullMarked
package io.auditpack.guard;

import org.jspecify.annotations.NullMarked;
