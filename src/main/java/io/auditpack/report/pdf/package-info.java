/** The PDF summary (data/summary.pdf), rendered with OpenPDF into deterministic bytes. */
@NullMarked
package io.auditpack.report.pdf;

import org.jspecify.annotations.NullMarked;
