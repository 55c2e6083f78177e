/**
 * The versioned, BagIt-laid-out (RFC 8493) deterministic ZIP pack: the builder that lays out the payload and ties
 * the ZIP, bag and signing parts together (publishing, verifying and reading packs back live in the sub-packages).
 */
@NullMarked
package io.auditpack.pack;

import org.jspecify.annotations.NullMarked;
