/** The manager of {@code run-all --distributed}: one partition per job, dispatched, watched and re-dispatched. */
@NullMarked
package io.auditpack.distributed.manager;

import org.jspecify.annotations.NullMarked;
