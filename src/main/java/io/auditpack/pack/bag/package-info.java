/** The BagIt format (RFC 8493): the bag-info and bagit tag files, and the SHA-256 payload and tag manifests. */
@NullMarked
package io.auditpack.pack.bag;

import org.jspecify.annotations.NullMarked;
