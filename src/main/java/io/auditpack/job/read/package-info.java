/** Step 1, read: the input folder into domain records, as they are. */
@NullMarked
package io.auditpack.job.read;

import org.jspecify.annotations.NullMarked;
