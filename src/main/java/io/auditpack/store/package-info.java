/** The compact, in-memory storage of the evidence catalog and its uses behind the domain's list interfaces: pure, no I/O. */
package io.auditpack.store;
