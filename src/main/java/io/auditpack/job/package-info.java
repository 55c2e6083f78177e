/** The Spring Batch job of one run: read, validate, compute, assemble and publish, one step per sub-package. */
@NullMarked
package io.auditpack.job;

import org.jspecify.annotations.NullMarked;
