/** The crosswalk workbook (data/crosswalk.xlsx), streamed with POI SXSSF into deterministic bytes. */
package io.auditpack.report.excel;
