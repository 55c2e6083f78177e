/** The answers to the lists tracked over time: the auditor's request list and the remediation dates. */
package io.auditpack.audit.tracking;
