/** Step 1, read: the input folder into domain records, as they are. */
package io.auditpack.job.read;
