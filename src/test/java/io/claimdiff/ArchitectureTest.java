package io.claimdiff;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The layer rules of the README's Layout (and ARCHITECTURE.md), checked on the compiled classes. */
class ArchitectureTest {

    private static final String UI_WORKSPACE = "ui.workspace";
    private static final String UI_VIEW = "ui.view";
    private static final String UI_STARTUP = "ui.startup";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.claimdiff");
    }

    @Test
    void onlyTheUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackage("io.claimdiff.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void theWorkspaceRoomNeedsNoToolkit() {
        noClasses().that().resideInAPackage("io.claimdiff.ui.workspace..")
                .should().dependOnClassesThat(resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
                        .and(resideOutsideOfPackages("javafx.beans..", "javafx.collections..")))
                .because("the workspace is state and rules, tested without a toolkit: of JavaFX it uses only"
                        + " properties and collections")
                .check(classes);
    }

    @Test
    void theWorkspaceRoomKnowsNoOtherRoom() {
        noClasses().that().resideInAPackage("io.claimdiff.ui.workspace..")
                .should().dependOnClassesThat(resideInAPackage("io.claimdiff.ui..")
                        .and(resideOutsideOfPackage("io.claimdiff.ui.workspace..")))
                .because("views and start-up build on the workspace, never the other way round")
                .check(classes);
    }

    @Test
    void theViewRoomUsesOnlyTheWorkspace() {
        noClasses().that().resideInAPackage("io.claimdiff.ui.view..")
                .should().dependOnClassesThat(resideInAPackage("io.claimdiff.ui..")
                        .and(resideOutsideOfPackages("io.claimdiff.ui.view..", "io.claimdiff.ui.workspace..")))
                .because("the view lays out and binds the workspace; launching and measuring use the view")
                .check(classes);
    }

    @Test
    void layersOnlyLookDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("io.claimdiff.model..")
                .layer("engine").definedBy("io.claimdiff.ingest..", "io.claimdiff.extract..", "io.claimdiff.compare..")
                .layer("project").definedBy("io.claimdiff.project..")
                .layer("export").definedBy("io.claimdiff.export..")
                .layer("app").definedBy("io.claimdiff.app..")
                .layer("cli").definedBy("io.claimdiff.cli..")
                .layer(UI_WORKSPACE).definedBy("io.claimdiff.ui.workspace..")
                .layer(UI_VIEW).definedBy("io.claimdiff.ui.view..")
                .layer(UI_STARTUP).definedBy("io.claimdiff.ui.startup..")
                .layer("launcher").definedBy("io.claimdiff")
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer(UI_STARTUP).mayOnlyBeAccessedByLayers("launcher")
                .whereLayer(UI_VIEW).mayOnlyBeAccessedByLayers(UI_STARTUP)
                .whereLayer(UI_WORKSPACE).mayOnlyBeAccessedByLayers(UI_VIEW, UI_STARTUP)
                // the start request (cli.GuiRequest) is read where the window is launched, nowhere else in ui
                .whereLayer("cli").mayOnlyBeAccessedByLayers(UI_STARTUP, "launcher")
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli", UI_WORKSPACE, UI_VIEW, UI_STARTUP, "launcher")
                .whereLayer("export").mayOnlyBeAccessedByLayers("app", "cli", UI_WORKSPACE, UI_VIEW, UI_STARTUP,
                        "launcher")
                .whereLayer("project").mayOnlyBeAccessedByLayers("export", "app", "cli", UI_WORKSPACE, UI_VIEW,
                        UI_STARTUP, "launcher")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("project", "export", "app", "cli", UI_WORKSPACE,
                        UI_VIEW, UI_STARTUP, "launcher")
                .check(classes);
    }

    @Test
    void everyUiClassIsInARoom() {
        classes().that().resideInAPackage("io.claimdiff.ui..")
                .should().resideInAnyPackage("io.claimdiff.ui.workspace..", "io.claimdiff.ui.view..",
                        "io.claimdiff.ui.startup..")
                .because("ui has three rooms (README, Layout): workspace, view, startup")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("io.claimdiff.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.claimdiff.ingest..", "io.claimdiff.extract..", "io.claimdiff.compare..",
                        "io.claimdiff.project..", "io.claimdiff.export..", "io.claimdiff.app..",
                        "io.claimdiff.cli..", "io.claimdiff.ui..")
                .check(classes);
    }
}
