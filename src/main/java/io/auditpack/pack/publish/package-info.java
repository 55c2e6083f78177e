/** Publishing a pack as the next version of its job without replacing a file, and cleaning up after a publisher that died. */
package io.auditpack.pack.publish;
