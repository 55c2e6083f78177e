/** The compact, in-memory storage of the evidence catalog and its uses behind the domain's list interfaces: pure, no I/O. */
@NullMarked
package io.auditpack.store;

import org.jspecify.annotations.NullMarked;
