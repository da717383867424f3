package kr.oneteam.app.routing;

import jakarta.persistence.EntityManager;
import kr.oneteam.app.ApiTest;
import kr.oneteam.app.proposal.CompanyForm;
import kr.oneteam.domain.company.BizRegNo;
import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which stored company a proposal's company block means: the same registration number, or without a
 * number the oldest company of that name that has none (a numbered one of the same name is another company).
 */
@ApiTest
class CompaniesTest {

    @Autowired
    Companies companies;
    @Autowired
    EntityManager entities;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_name_without_number_resolves_to_the_oldest_unnumbered_company_of_that_name() {
        String name = "동명 기업 " + UUID.randomUUID();
        long numbered = store(name, freshBizRegNo());   // oldest of the name, but another company
        long oldest = store(name, null);
        store(name, null);

        Map<String, Company> byKey = transactions.execute(tx -> companies.resolve(List.of(form(name, null))));
        assertThat(byKey.get(Companies.key(form(name, null))).getId()).isEqualTo(oldest).isNotEqualTo(numbered);
    }

    @Test
    void a_new_name_creates_one_company_for_all_its_proposals() {
        String name = "새 기업 " + UUID.randomUUID();
        Map<String, Company> byKey = transactions.execute(tx ->
                companies.resolve(List.of(form(name, null), form(name, null))));
        assertThat(byKey.get(Companies.key(form(name, null))).getId()).isNotNull();
        Long count = transactions.execute(tx -> entities.createQuery(
                "select count(c) from Company c where c.name = :name", Long.class).setParameter("name", name)
                .getSingleResult());
        assertThat(count).isEqualTo(1);
    }

    private long store(String name, String bizRegNo) {
        return transactions.execute(tx -> {
            Company company = new Company(name, bizRegNo == null ? null : BizRegNo.parse(bizRegNo));
            entities.persist(company);
            entities.flush();
            return company.getId();
        });
    }

    /** A valid number no other test uses: nine random digits and their check digit. */
    private static String freshBizRegNo() {
        int[] weights = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        String digits = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        sum += ((digits.charAt(8) - '0') * 5) / 10;
        String all = digits + (10 - sum % 10) % 10;
        return all.substring(0, 3) + "-" + all.substring(3, 5) + "-" + all.substring(5);
    }

    private static CompanyForm form(String name, String bizRegNo) {
        return new CompanyForm(name, bizRegNo, SizeClass.SME, false, false, false, Region.CAPITAL,
                Set.of(), Set.of(), Set.of());
    }
}
