package io.auditpack.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The compact evidence store is an implementation detail behind the domain's {@code EvidenceItems} and
 * {@code EvidenceUses}: the domain does not know it, it knows nothing but the domain, and only the reader that fills
 * it and the audit that builds the uses name it.
 */
@AnalyzeClasses(packages = "io.auditpack", importOptions = ImportOption.DoNotIncludeTests.class)
class EvidenceStoreTest {

    @ArchTest
    static final ArchRule theDomainDoesNotKnowTheStore = noClasses()
            .that()
            .resideInAPackage("io.auditpack.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.auditpack.store..");

    @ArchTest
    static final ArchRule theStoreKnowsOnlyTheDomain = noClasses()
            .that()
            .resideInAPackage("io.auditpack.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.auditpack.catalog..",
                    "io.auditpack.audit..",
                    "io.auditpack.input..",
                    "io.auditpack.report..",
                    "io.auditpack.pack..",
                    "io.auditpack.job..",
                    "io.auditpack.cli..",
                    "io.auditpack.guard..",
                    "io.auditpack.progress..");

    @ArchTest
    static final ArchRule theStoreIsPureAndInMemory = noClasses()
            .that()
            .resideInAPackage("io.auditpack.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "tools.jackson..", "java.nio.file..", "java.nio.channels..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileInputStream")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileOutputStream")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.RandomAccessFile");

    @ArchTest
    static final ArchRule onlyTheReaderAndTheAuditNameTheStore = noClasses()
            .that()
            .resideOutsideOfPackages("io.auditpack.store..", "io.auditpack.input..", "io.auditpack.audit..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.auditpack.store..");
}
