/** Shows how a long run goes: a progress bar on a terminal, a progress line every few seconds elsewhere. */
package io.auditpack.progress;
