/** What changed between two pack versions, computed purely from their snapshots. */
package io.auditpack.audit.diff;
