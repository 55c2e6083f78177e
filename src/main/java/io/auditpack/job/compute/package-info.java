/** Step 3, compute: the audit math over the validated inputs. */
@NullMarked
package io.auditpack.job.compute;

import org.jspecify.annotations.NullMarked;
