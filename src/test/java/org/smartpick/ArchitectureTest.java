package org.smartpick;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of DEVELOPERS.md, checked on the compiled classes. */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.smartpick");
    }

    @Test
    void engineUsesNothingButTheJdk() {
        classes().that().resideInAPackage("org.smartpick.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.smartpick.engine..", "java..")
                .check(main);
    }

    @Test
    void engineDoesNoIoAndKeepsNoClock() {
        noClasses().that().resideInAPackage("org.smartpick.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                        "java.util.logging..", "java.sql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .check(main);
    }

    @Test
    void engineAndCatalogDoNotReachOutToTheBoundaries() {
        noClasses().that().resideInAnyPackage("org.smartpick.engine..", "org.smartpick.catalog..",
                        "org.smartpick.match..", "org.smartpick.profile..", "org.smartpick.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.smartpick.web..", "org.smartpick.cli..",
                        "org.smartpick.store..")
                .check(main);
    }

    @Test
    void matchDependsOnlyOnTheEngine() {
        classes().that().resideInAPackage("org.smartpick.match..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.smartpick.match..",
                        "org.smartpick.engine..", "java..")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void theCliAndTheWebDoNotDependOnEachOther() {
        // The serve command is the one place that starts the web application.
        noClasses().that().resideInAPackage("org.smartpick.cli..")
                .and().doNotHaveFullyQualifiedName("org.smartpick.cli.ServeCommand")
                .should().dependOnClassesThat().resideInAPackage("org.smartpick.web..").check(main);
        noClasses().that().resideInAPackage("org.smartpick.web..")
                .should().dependOnClassesThat().resideInAPackage("org.smartpick.cli..")
                .allowEmptyShould(true).check(main);
    }
}
