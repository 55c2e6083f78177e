/** Reads an input folder (CSV or workbook), scope.yaml and job files into domain records, every problem a finding. */
@NullMarked
package io.auditpack.input;

import org.jspecify.annotations.NullMarked;
