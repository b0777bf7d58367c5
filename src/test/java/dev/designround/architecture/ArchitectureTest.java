package dev.designround.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
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
            .because("core (model, catalog, rules, sim, io) and the CLI must run headless");

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
            .optionalLayer("Io").definedBy("dev.designround.io..")
            .optionalLayer("Cli").definedBy("dev.designround.cli..")
            .optionalLayer("Ui").definedBy("dev.designround.ui..")
            .optionalLayer("App").definedBy("dev.designround")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Ui", "App")
            .whereLayer("Scenario").mayOnlyBeAccessedByLayers("Cli", "Ui")
            .whereLayer("Io").mayOnlyBeAccessedByLayers("Scenario", "Cli", "Ui")
            .whereLayer("Round").mayOnlyBeAccessedByLayers("Io", "Cli", "Ui")
            .whereLayer("Sim").mayOnlyBeAccessedByLayers("Cli", "Ui")
            .whereLayer("Layout").mayOnlyBeAccessedByLayers("Io", "Cli", "Ui")
            .whereLayer("Rules").mayOnlyBeAccessedByLayers("Scenario", "Round", "Io", "Cli", "Ui")
            .whereLayer("Catalog").mayOnlyBeAccessedByLayers("Scenario", "Io", "Cli", "Ui")
            .whereLayer("Model").mayNotAccessAnyLayer()
            .whereLayer("Json").mayOnlyBeAccessedByLayers("Catalog", "Scenario", "Io", "Cli", "Ui");

    @ArchTest
    static final ArchRule inputIsNeverDeserialisedWithDatabind = noClasses()
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("read or type JSON with databind") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isAssignableTo("com.fasterxml.jackson.databind.ObjectMapper")
                            && call.getName().matches("read.*|treeToValue|convertValue|.*DefaultTyping.*"
                            + "|registerSubtypes|enable|configure");
                }
            })
            .because("files are read into a located tree and validated field by field; Jackson never "
                    + "deserialises (let alone polymorphic) types from input");

    @ArchTest
    static final ArchRule theModelUsesNoJackson = noClasses()
            .that().resideInAnyPackage("dev.designround.model..", "dev.designround.rules..", "dev.designround.sim..",
                    "dev.designround.round..",
                    "dev.designround.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
            .because("file DTOs and parsing stay apart from the domain");
}
