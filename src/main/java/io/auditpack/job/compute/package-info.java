/** Step 3, compute: the audit math over the validated inputs. */
package io.auditpack.job.compute;
