/** Step 4, assemble: the candidate pack, staged aside, or the finding that it equals the latest version. */
@NullMarked
package io.auditpack.job.assemble;

import org.jspecify.annotations.NullMarked;
