/** The Spring Batch job of one run: read, validate, compute, assemble and publish, one step per sub-package. */
package io.auditpack.job;
