/** Spring-free, I/O-free immutable records for controls, mappings, evidence, periods, findings and audit results. */
package io.auditpack.domain;
