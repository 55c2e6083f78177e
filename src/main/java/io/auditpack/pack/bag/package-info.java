/** The BagIt format (RFC 8493): the bag-info and bagit tag files, and the SHA-256 payload and tag manifests. */
package io.auditpack.pack.bag;
