package dev.pillid;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering the folders promise: a lower layer never depends on the web layer. */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.pillid");

    @Test
    void searchIsPlainJavaThatKnowsNothingOfTheFrameworkOrTheDatabase() {
        noClasses().that().resideInAPackage("dev.pillid.search..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "io.quarkus..", "org.hibernate..", "io.smallrye..", "java.sql..",
                        "dev.pillid.catalog..", "dev.pillid.api..", "dev.pillid.images..", "dev.pillid.config..")
                .check(MAIN);
    }

    @Test
    void theSearchStagesDependOnlyOnTheStagesBeforeThem() {
        noClasses().that().resideInAnyPackage("dev.pillid.search.text..", "dev.pillid.search.structures..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pillid.search", "dev.pillid.search.candidates..",
                        "dev.pillid.search.ranking..", "dev.pillid.search.pruning..", "dev.pillid.search.suggest..")
                .check(MAIN);
        noClasses().that().resideInAPackage("dev.pillid.search.color..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pillid.search.candidates..", "dev.pillid.search.ranking..",
                        "dev.pillid.search.pruning..", "dev.pillid.search.suggest..")
                .check(MAIN);
        noClasses().that().resideInAnyPackage("dev.pillid.search.candidates..", "dev.pillid.search.ranking..",
                        "dev.pillid.search.suggest..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pillid.search.pruning..")
                .check(MAIN);
    }

    @Test
    void catalogAndSearchNeverDependOnTheWebLayer() {
        noClasses().that().resideInAnyPackage("dev.pillid.catalog..", "dev.pillid.search..", "dev.pillid.config..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.pillid.api..", "dev.pillid.images..", "jakarta.ws.rs..")
                .check(MAIN);
    }

    @Test
    void entitiesNeverLeaveTheirServiceLayer() {
        classes().that().haveSimpleName("PillEntity")
                .should().onlyBeAccessed().byAnyPackage("dev.pillid.catalog..")
                .check(MAIN);
        classes().that().haveSimpleName("ImportJobEntity")
                .should().onlyBeAccessed().byAnyPackage("dev.pillid.imports..")
                .check(MAIN);
    }
}
