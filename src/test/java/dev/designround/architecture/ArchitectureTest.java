package dev.designround.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture in one breath, as tests: core never imports JavaFX; layers only depend downwards. */
@AnalyzeClasses(packages = "dev.designround", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule nothingOutsideTheUiImportsJavaFx = noClasses()
            .that().resideOutsideOfPackage("dev.designround.ui..")
            .and().doNotHaveFullyQualifiedName("dev.designround.Main")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
            .because("core (model, catalog, rules, sim, diagram, io, batch) and the CLI must run headless");

    @ArchTest
    static final ArchRule layersOnlyDependDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .optionalLayer("Model").definedBy("dev.designround.model..")
            .optionalLayer("Json").definedBy("dev.designround.json..")
            .optionalLayer("Catalog").definedBy("dev.designround.catalog..")
            .optionalLayer("Rules").definedBy("dev.designround.rules..")
            .optionalLayer("Scenario").definedBy("dev.designround.scenario..")
            .optionalLayer("Round").definedBy("dev.designround.round..")
            .optionalLayer("Sim").definedBy("dev.designround.sim..")
            .optionalLayer("Layout").definedBy("dev.designround.layout..")
            .optionalLayer("Diagram").definedBy("dev.designround.diagram..")
            .optionalLayer("Io").definedBy("dev.designround.io..")
            .optionalLayer("Batch").definedBy("dev.designround.batch..")
            .optionalLayer("Cli").definedBy("dev.designround.cli..")
            .optionalLayer("Ui").definedBy("dev.designround.ui..")
            .optionalLayer("App").definedBy("dev.designround")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Batch").mayOnlyBeAccessedByLayers("Cli", "Ui")
            .whereLayer("Scenario").mayOnlyBeAccessedByLayers("Batch", "Cli", "Ui")
            .whereLayer("Io").mayOnlyBeAccessedByLayers("Scenario", "Batch", "Cli", "Ui")
            .whereLayer("Round").mayOnlyBeAccessedByLayers("Io", "Batch", "Cli", "Ui")
            .whereLayer("Sim").mayOnlyBeAccessedByLayers("Cli", "Ui")
            .whereLayer("Layout").mayOnlyBeAccessedByLayers("Io", "Cli", "Ui")
            .whereLayer("Diagram").mayOnlyBeAccessedByLayers("Layout", "Io", "Batch", "Cli", "Ui")
            .whereLayer("Rules").mayOnlyBeAccessedByLayers("Scenario", "Round", "Io", "Batch", "Cli", "Ui")
            .whereLayer("Catalog").mayOnlyBeAccessedByLayers("Scenario", "Io", "Batch", "Cli", "Ui")
            .whereLayer("Model").mayNotAccessAnyLayer()
            .whereLayer("Json").mayOnlyBeAccessedByLayers("Catalog", "Scenario", "Io", "Batch", "Cli", "Ui");

    @ArchTest
    static final ArchRule inputIsNeverDeserialisedWithDatabind = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
            .because("files are read into a located tree and validated field by field, and JSON is written with "
                    + "JsonGenerator; Jackson never deserialises (let alone polymorphic) types from input, and "
                    + "jackson-databind is not a dependency");

    @ArchTest
    static final ArchRule theModelUsesNoJackson = noClasses()
            .that().resideInAnyPackage("dev.designround.model..", "dev.designround.rules..", "dev.designround.sim..",
                    "dev.designround.round..",
                    "dev.designround.layout..", "dev.designround.diagram..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
            .because("file DTOs and parsing stay apart from the domain");
}
