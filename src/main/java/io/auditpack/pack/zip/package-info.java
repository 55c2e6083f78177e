/** ZIP mechanics: deterministic writing with entries prepared ahead and digested as written, SHA-256 digests, and reading a pack ZIP within limits. */
package io.auditpack.pack.zip;
