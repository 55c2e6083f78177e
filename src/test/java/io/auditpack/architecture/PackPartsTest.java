package io.auditpack.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The parts of {@code pack} stack up without cycles: ZIP mechanics, the BagIt format and signing at the bottom, the
 * builder on them, then the published versions, verification, snapshots and publishing.
 */
@AnalyzeClasses(packages = "io.auditpack", importOptions = ImportOption.DoNotIncludeTests.class)
class PackPartsTest {

    private static final String PACK = "io.auditpack.pack";

    /** {@code pack} itself and each of its sub-packages is one slice; classes outside {@code pack} are left out. */
    private static final SliceAssignment PACK_PARTS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(PACK)) {
                return SliceIdentifier.of("pack");
            }
            if (name.startsWith(PACK + ".")) {
                return SliceIdentifier.of(
                        "pack." + name.substring(PACK.length() + 1).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "pack and its sub-packages";
        }
    };

    @ArchTest
    static final ArchRule thePartsOfThePackHaveNoCycles =
            slices().assignedFrom(PACK_PARTS).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule zipBagAndSigningKnowNothingOfBuildingPublishingOrReadingBack = noClasses()
            .that()
            .resideInAnyPackage(PACK + ".zip..", PACK + ".bag..", PACK + ".sign..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    PACK, PACK + ".version..", PACK + ".verify..", PACK + ".snapshot..", PACK + ".publish..");

    @ArchTest
    static final ArchRule zipMechanicsKnowNothingOfBags = noClasses()
            .that()
            .resideInAPackage(PACK + ".zip..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(PACK + ".bag..", PACK + ".sign..", "io.auditpack.domain..", "io.auditpack.report..");
}
