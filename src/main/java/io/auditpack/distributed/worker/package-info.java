/** {@code auditpack worker}: takes partitions from the channel one at a time and runs each job end to end. */
@NullMarked
package io.auditpack.distributed.worker;

import org.jspecify.annotations.NullMarked;
