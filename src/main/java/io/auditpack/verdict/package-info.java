/**
 * The verdict of one run ({@link io.auditpack.verdict.AuditReport}): the audit result and everything its package
 * type renders (Stage 1 checklist, SoA, samples, management review, changes), computed once, plain records only.
 */
@NullMarked
package io.auditpack.verdict;

import org.jspecify.annotations.NullMarked;
