/** Step 2, validate: stops the run on input errors, counts the findings the readers raised. */
package io.auditpack.job.validate;
