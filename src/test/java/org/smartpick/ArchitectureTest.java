package org.smartpick;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package boundaries of DEVELOPERS.md, checked on the compiled classes. */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.smartpick");
    }

    @Test
    void engineUsesNothingButTheJdk() {
        classes()
                .that()
                .resideInAPackage("org.smartpick.engine..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.smartpick.engine..", "java..")
                .check(main);
    }

    @Test
    void engineDoesNoIoAndKeepsNoClock() {
        noClasses()
                .that()
                .resideInAPackage("org.smartpick.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.util.logging..", "java.sql..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.time.Clock")
                .check(main);
    }

    @Test
    void engineAndCatalogDoNotReachOutToTheBoundaries() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.smartpick.engine..",
                        "org.smartpick.catalog..",
                        "org.smartpick.match..",
                        "org.smartpick.profile..",
                        "org.smartpick.report..",
                        "org.smartpick.reference..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.smartpick.web..", "org.smartpick.cli..", "org.smartpick.store..")
                .check(main);
    }

    @Test
    void matchDependsOnlyOnTheEngine() {
        classes()
                .that()
                .resideInAPackage("org.smartpick.match..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.smartpick.match..", "org.smartpick.engine..", "java..")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void theCliAndTheWebDoNotDependOnEachOther() {
        // The serve command is the one place that starts the web application.
        noClasses()
                .that()
                .resideInAPackage("org.smartpick.cli..")
                .and()
                .doNotHaveFullyQualifiedName("org.smartpick.cli.ServeCommand")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.smartpick.web..")
                .check(main);
        noClasses()
                .that()
                .resideInAPackage("org.smartpick.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.smartpick.cli..")
                .allowEmptyShould(true)
                .check(main);
    }

    /** The engine's rooms, lowest first: each may use only the rooms before it (engine's package-info). */
    private static final List<String> ROOMS = List.of(
            "", ".profile", ".season", ".chance", ".calibration", ".portfolio", ".recommend", ".advice", ".tracker");

    @Test
    void eachOfTheEnginesRoomsUsesOnlyTheRoomsBelowIt() {
        for (int i = 0; i < ROOMS.size() - 1; i++) {
            String[] above = ROOMS.subList(i + 1, ROOMS.size()).stream()
                    .map(r -> "org.smartpick.engine" + r)
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("org.smartpick.engine" + ROOMS.get(i))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(above)
                    .check(main);
        }
    }

    @Test
    void theLayersUseOnlyTheLayersBelowThem() {
        // engine <- match <- catalog <- use cases (report, profile reading) <- web and cli
        noClasses()
                .that()
                .resideInAPackage("org.smartpick.match..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.smartpick.catalog..", "org.smartpick.report..", "org.smartpick.profile..")
                .check(main);
        noClasses()
                .that()
                .resideInAPackage("org.smartpick.catalog..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.smartpick.report..")
                .check(main);
        noClasses()
                .that()
                .resideInAPackage("org.smartpick.reference..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.smartpick.catalog..")
                .check(main);
    }

    @Test
    void theCatalogsRoomsUseOnlyTheRoomsBelowThem() {
        noClasses()
                .that()
                .resideInAPackage("org.smartpick.catalog.geo")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.smartpick.catalog", "org.smartpick.catalog.imports", "org.smartpick.catalog.validation")
                .check(main);
        noClasses()
                .that()
                .resideInAPackage("org.smartpick.catalog")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.smartpick.catalog.imports", "org.smartpick.catalog.validation")
                .check(main);
    }

    @Test
    void theCommandGroupsShareOnlyWhatIsInCommon() {
        noClasses()
                .that()
                .resideInAPackage("org.smartpick.cli.common")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.smartpick.cli",
                        "org.smartpick.cli.plan",
                        "org.smartpick.cli.catalog",
                        "org.smartpick.cli.match",
                        "org.smartpick.cli.model")
                .check(main);
    }

    @Test
    void noPackageAtAnyLevelIsInACycle() {
        slices().matching("org.smartpick.(*)..").should().beFreeOfCycles().check(main);
        slices().matching("org.smartpick.(**)").should().beFreeOfCycles().check(main);
    }
}
