/** What the ISO 27001 audit stages ask of a pack: the Stage 1 documented-information checklist and readiness verdict, the Stage 2 auditor samples, and the Statement of Applicability rows. */
@NullMarked
package io.auditpack.audit.stage;

import org.jspecify.annotations.NullMarked;
