package kr.oneteam.rules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules module knows no Spring or Vaadin and takes only the vocabulary from the domain. */
@AnalyzeClasses(packages = "kr.oneteam.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knows_no_spring_or_vaadin = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule uses_only_the_domain_vocabulary = noClasses().should().dependOnClassesThat(
            resideInAPackage("kr.oneteam.domain..").and(not(resideInAPackage("kr.oneteam.domain.vocabulary.."))));

    @ArchTest
    static final ArchRule facts_and_outcomes_do_not_know_the_engine = noClasses()
            .that().resideInAnyPackage("kr.oneteam.rules.fact..", "kr.oneteam.rules.outcome..")
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..");
}
