/** The manager of {@code run-all --distributed}: one partition per job, dispatched, watched and re-dispatched. */
package io.auditpack.distributed.manager;
