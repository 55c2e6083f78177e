/** What changed between two pack versions, computed purely from their snapshots. */
@NullMarked
package io.auditpack.audit.diff;

import org.jspecify.annotations.NullMarked;
