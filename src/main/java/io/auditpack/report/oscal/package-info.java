/**
 * The pack's NIST OSCAL 1.1.3 exports: {@code data/oscal/assessment-results.json} and {@code data/oscal/poam.json},
 * rendered from the verdict with name-based (version 5) UUIDs so that the same run gives the same bytes.
 */
@NullMarked
package io.auditpack.report.oscal;

import org.jspecify.annotations.NullMarked;
