package io.claimdiff.compare;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The comparison layer uses only the model, extraction types and the JDK. */
class CompareLayerTest {

    @Test
    void compareDependsOnModelAndJdkOnly() {
        JavaClasses compare = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.claimdiff.compare");
        classes().that().resideInAPackage("io.claimdiff.compare..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.claimdiff.compare..", "io.claimdiff.model..", "io.claimdiff.extract..",
                        "java..")
                .check(compare);
    }
}
