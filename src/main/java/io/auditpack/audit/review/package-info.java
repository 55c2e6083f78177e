/** The ISO 27001 clause 9.3 management-review inputs, computed purely from the run history and the current result. */
@NullMarked
package io.auditpack.audit.review;

import org.jspecify.annotations.NullMarked;
