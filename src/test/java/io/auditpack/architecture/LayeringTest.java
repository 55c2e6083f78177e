package io.auditpack.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.auditpack.catalog.Catalog;

/** Data flows one way: input -> domain -> audit -> report/pack; the domain and the audit math stay pure. */
@AnalyzeClasses(packages = "io.auditpack", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domainAndAuditAreFreeOfFrameworksAndIo = noClasses()
            .that()
            .resideInAnyPackage("io.auditpack.domain..", "io.auditpack.audit..", "io.auditpack.verdict..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.apache.poi..",
                    "com.lowagie..",
                    "org.apache.commons.csv..",
                    "org.apache.commons.compress..",
                    "org.yaml..",
                    "tools.jackson..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.nio.file.Files")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileInputStream")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.io.FileOutputStream");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfTheProject = noClasses()
            .that()
            .resideInAPackage("io.auditpack.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.auditpack.catalog..",
                    "io.auditpack.audit..",
                    "io.auditpack.input..",
                    "io.auditpack.report..",
                    "io.auditpack.pack..",
                    "io.auditpack.job..",
                    "io.auditpack.cli..");

    @ArchTest
    static final ArchRule theMathKnowsNothingOfReadersWritersOrTheJob = noClasses()
            .that()
            .resideInAPackage("io.auditpack.audit..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.auditpack.input..",
                    "io.auditpack.report..",
                    "io.auditpack.pack..",
                    "io.auditpack.job..",
                    "io.auditpack.cli..");

    @ArchTest
    static final ArchRule packsAndReportsDoNotReachBackIntoTheJobOrTheCommandLine = noClasses()
            .that()
            .resideInAnyPackage("io.auditpack.pack..", "io.auditpack.report..", "io.auditpack.input..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.auditpack.job..", "io.auditpack.cli..");

    @ArchTest
    static final ArchRule reportsRenderTheVerdictAndComputeNoAuditRule = noClasses()
            .that()
            .resideInAPackage("io.auditpack.report..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.auditpack.audit..")
            .because("the compute step computes the whole verdict once (audit.Verdicts); writers only render it");

    @ArchTest
    static final ArchRule reportsTakeTheCatalogTheyAreHanded = noClasses()
            .that()
            .resideInAPackage("io.auditpack.report..")
            .should()
            .callMethod(Catalog.class, "builtIn")
            .because("a writer renders with the catalog in its PackContext, never the built-in one directly");

    @ArchTest
    static final ArchRule theVerdictIsPlainRecordsOverTheDomain = noClasses()
            .that()
            .resideInAPackage("io.auditpack.verdict..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.auditpack.catalog..",
                    "io.auditpack.audit..",
                    "io.auditpack.input..",
                    "io.auditpack.report..",
                    "io.auditpack.pack..",
                    "io.auditpack.job..",
                    "io.auditpack.cli..");
}
