/**
 * Runs the jobs of {@code run-all --distributed} on several processes with Spring Batch remote partitioning: what a
 * partition carries ({@link io.auditpack.distributed.JobPartition}) and how a worker checks that it sees the inputs
 * the manager read ({@link io.auditpack.distributed.InputFingerprint}).
 */
@NullMarked
package io.auditpack.distributed;

import org.jspecify.annotations.NullMarked;
