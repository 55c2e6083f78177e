/** Step 5, publish: the staged pack becomes the next version, atomically and without replacing anything. */
@NullMarked
package io.auditpack.job.publish;

import org.jspecify.annotations.NullMarked;
