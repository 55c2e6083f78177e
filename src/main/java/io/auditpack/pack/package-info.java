/** The versioned, BagIt-laid-out (RFC 8493) deterministic ZIP pack: building, publishing and verifying it. */
package io.auditpack.pack;
