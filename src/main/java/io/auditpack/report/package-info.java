/** The derived files of a pack (PDF, workbook, metrics, findings, remediation plan), one writer each. */
@NullMarked
package io.auditpack.report;

import org.jspecify.annotations.NullMarked;
