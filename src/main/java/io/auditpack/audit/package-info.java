/** The pure audit math of contract section 4: slices, operating and documentation status, requirement coverage, gaps, remediation priorities and crosswalk findings. */
@NullMarked
package io.auditpack.audit;

import org.jspecify.annotations.NullMarked;
