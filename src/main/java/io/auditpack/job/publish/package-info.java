/** Step 5, publish: the staged pack becomes the next version, atomically and without replacing anything. */
package io.auditpack.job.publish;
