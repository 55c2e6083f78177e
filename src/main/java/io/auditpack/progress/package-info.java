/** Shows how a long run goes: a progress bar on a terminal, a progress line every few seconds elsewhere. */
@NullMarked
package io.auditpack.progress;

import org.jspecify.annotations.NullMarked;
