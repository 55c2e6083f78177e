/**
 * Spring-free, I/O-free immutable records for controls, mappings, evidence, periods, findings and audit results, and
 * the list interfaces through which the evidence catalog and its uses are read.
 */
package io.auditpack.domain;
