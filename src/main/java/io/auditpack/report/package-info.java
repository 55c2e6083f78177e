/** The derived files of a pack (PDF, workbook, metrics, findings, remediation plan), one writer each. */
package io.auditpack.report;
