package kr.oneteam.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import kr.oneteam.rules.RoutingEngine;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of HELPERS.md, checked over every class of kr.oneteam. */
@AnalyzeClasses(packages = "kr.oneteam", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_knows_neither_drools_nor_vaadin = noClasses()
            .that().resideInAPackage("kr.oneteam.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "com.vaadin..");

    @ArchTest
    static final ArchRule the_rules_know_neither_spring_nor_vaadin = noClasses()
            .that().resideInAPackage("kr.oneteam.rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..");

    @ArchTest
    static final ArchRule the_rules_see_the_domain_only_through_its_vocabulary = noClasses()
            .that().resideInAPackage("kr.oneteam.rules..")
            .should().dependOnClassesThat(resideInAPackage("kr.oneteam.domain..")
                    .and(not(resideInAPackage("kr.oneteam.domain.vocabulary.."))));

    @ArchTest
    static final ArchRule controllers_use_neither_repositories_nor_the_rules_engine = noClasses()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(RoutingEngine.class);

    @ArchTest
    static final ArchRule views_use_neither_repositories_nor_the_rules_engine = noClasses()
            .that().resideInAPackage("kr.oneteam.app..")
            .and().areAssignableTo(com.vaadin.flow.component.Component.class)
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(RoutingEngine.class)
            .allowEmptyShould(true);

    /** Every package of the app is its own slice (feature and feature.ui apart): no two depend on each other. */
    @ArchTest
    static final ArchRule app_packages_are_free_of_cycles = slices()
            .matching("kr.oneteam.app.(**)").should().beFreeOfCycles();

    /** dddsample's habit: a paragraph per package says what belongs there. Every module's main sources. */
    @org.junit.jupiter.api.Test
    void every_package_of_every_module_has_a_package_info() throws java.io.IOException {
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (String module : java.util.List.of("../domain", "../rules", ".")) {
            java.nio.file.Path root = java.nio.file.Path.of(module, "src/main/java");
            try (var dirs = java.nio.file.Files.walk(root)) {
                dirs.filter(java.nio.file.Files::isDirectory)
                        .filter(dir -> hasJava(dir) && !java.nio.file.Files.exists(dir.resolve("package-info.java")))
                        .forEach(dir -> missing.add(root.relativize(dir).toString()));
            }
        }
        org.assertj.core.api.Assertions.assertThat(missing).as("packages without package-info.java").isEmpty();
    }

    private static boolean hasJava(java.nio.file.Path dir) {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
