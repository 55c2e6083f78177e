/** The answers to the lists tracked over time: the auditor's request list and the remediation dates. */
@NullMarked
package io.auditpack.audit.tracking;

import org.jspecify.annotations.NullMarked;
