/** auditpack: turns one control library into versioned, verifiable SOC 2 and ISO/IEC 27001 evidence packs. */
@NullMarked
package io.auditpack;

import org.jspecify.annotations.NullMarked;
