/**
 * Spring-free, I/O-free immutable records for controls, mappings, evidence, periods, findings and audit results, and
 * the list interfaces through which the evidence catalog and its uses are read.
 */
@NullMarked
package io.auditpack.domain;

import org.jspecify.annotations.NullMarked;
