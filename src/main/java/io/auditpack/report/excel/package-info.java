/** The crosswalk workbook (data/crosswalk.xlsx), streamed with POI SXSSF into deterministic bytes. */
@NullMarked
package io.auditpack.report.excel;

import org.jspecify.annotations.NullMarked;
