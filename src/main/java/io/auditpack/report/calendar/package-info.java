/** The calendar of slice deadlines (data/calendar.ics, RFC 5545), one all-day event per slice still owed a record. */
@NullMarked
package io.auditpack.report.calendar;

import org.jspecify.annotations.NullMarked;
