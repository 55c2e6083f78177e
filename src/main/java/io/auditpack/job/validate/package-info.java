/** Step 2, validate: stops the run on input errors, counts the findings the readers raised. */
@NullMarked
package io.auditpack.job.validate;

import org.jspecify.annotations.NullMarked;
