package kr.oneteam.domain;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain knows no rules engine, no UI and no application code (HELPERS.md layering). */
class DomainArchitectureTest {

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kr.oneteam.domain");

    @Test
    void the_domain_depends_on_neither_drools_nor_vaadin_nor_the_other_modules() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.drools..", "org.kie..", "com.vaadin..", "kr.oneteam.app..", "kr.oneteam.rules..")
                .check(domain);
    }

    @Test
    void value_types_and_vocabulary_need_no_persistence_framework() {
        noClasses().that().resideInAnyPackage("kr.oneteam.domain.vocabulary..")
                .or().haveSimpleName("BizRegNo").or().haveSimpleName("ProgrammeCode").or().haveSimpleName("RulesetHash")
                .or().haveSimpleName("CapacityClaim")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "org.springframework..")
                .check(domain);
    }
}
