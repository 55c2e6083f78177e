package io.auditpack.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;

/**
 * Every package of the product is null-marked (JSpecify): a type without {@code @Nullable} is never null, and
 * NullAway checks it in every compile. A new package without a {@code package-info.java} saying so fails here.
 */
@AnalyzeClasses(packages = "io.auditpack", importOptions = ImportOption.DoNotIncludeTests.class)
class NullMarkedTest {

    @ArchTest
    static final ArchRule everyPackageIsNullMarked = classes().should(beInANullMarkedPackage());

    private static ArchCondition<JavaClass> beInANullMarkedPackage() {
        return new ArchCondition<>("be in a @NullMarked package") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean marked = javaClass.getPackage().isAnnotatedWith(NullMarked.class);
                events.add(new SimpleConditionEvent(
                        javaClass,
                        marked,
                        javaClass.getName() + (marked ? " is" : " is not") + " in a @NullMarked package ("
                                + javaClass.getPackageName() + "/package-info.java)"));
            }
        };
    }
}
