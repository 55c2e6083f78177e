/** The machine-readable files of a pack: metrics.json, findings.csv and gaps.csv, in fixed order and bytes. */
package io.auditpack.report.data;
