/** The built-in SOC 2 (TSC 2017) and ISO/IEC 27001:2022 requirement catalogs: IDs, groups, parents, near misses. */
@NullMarked
package io.auditpack.catalog;

import org.jspecify.annotations.NullMarked;
