/** The PDF summary (data/summary.pdf), rendered with OpenPDF into deterministic bytes. */
package io.auditpack.report.pdf;
