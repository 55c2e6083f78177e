/** The machine-readable files of a pack: metrics.json, findings.csv and gaps.csv, in fixed order and bytes. */
@NullMarked
package io.auditpack.report.data;

import org.jspecify.annotations.NullMarked;
