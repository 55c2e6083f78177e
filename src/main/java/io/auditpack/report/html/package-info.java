/** The pack's offline browser, {@code data/index.html}: one self-contained page rendered from the verdict. */
@NullMarked
package io.auditpack.report.html;

import org.jspecify.annotations.NullMarked;
