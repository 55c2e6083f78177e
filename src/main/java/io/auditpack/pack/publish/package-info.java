/** Publishing a pack as the next version of its job without replacing a file, and cleaning up after a publisher that died. */
@NullMarked
package io.auditpack.pack.publish;

import org.jspecify.annotations.NullMarked;
