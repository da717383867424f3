package kr.oneteam.app.routing;

import jakarta.persistence.EntityManager;
import kr.oneteam.app.proposal.CompanyForm;
import kr.oneteam.domain.company.BizRegNo;
import kr.oneteam.domain.company.Company;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds or creates the companies of many proposals with two set-based queries, not one per item.
 * A company is the one with the same registration number; without a number, the oldest one of the
 * same name that has none. Runs inside the caller's transaction.
 */
@Component
class Companies {

    private final EntityManager entities;

    Companies(EntityManager entities) {
        this.entities = entities;
    }

    /** Company by {@link #key(CompanyForm)} for every form, new ones persisted. */
    Map<String, Company> resolve(Collection<CompanyForm> forms) {
        Set<BizRegNo> numbers = forms.stream().filter(c -> c.bizRegNo() != null)
                .map(c -> BizRegNo.parse(c.bizRegNo())).collect(Collectors.toSet());
        Set<String> names = forms.stream().filter(c -> c.bizRegNo() == null).map(CompanyForm::name)
                .collect(Collectors.toSet());
        Map<String, Company> found = new HashMap<>();
        if (!numbers.isEmpty()) {
            List<Company> byNumber = entities.createQuery(
                    "select c from Company c where c.bizRegNo in :numbers", Company.class)
                    .setParameter("numbers", numbers).getResultList();
            byNumber.forEach(c -> found.put("no:" + c.getBizRegNo().orElseThrow(), c));
        }
        if (!names.isEmpty()) {
            // Only "name in" goes to the database, so that H2 looks the names up in company_name_ix. With
            // "biz_reg_no is null" in the query H2 picked the unique index on biz_reg_no instead, i.e. read
            // every company without a number and tested it against each name: a cost per chunk that grew
            // with the company table and took about a quarter of batch storing time. The rest is done here.
            List<Company> byName = entities.createQuery(
                    "select c from Company c where c.name in :names", Company.class)
                    .setParameter("names", names).getResultList();
            byName.stream().filter(c -> c.getBizRegNo().isEmpty())
                    .forEach(c -> found.merge("name:" + c.getName(), c, Companies::older));
        }
        for (CompanyForm form : forms) {
            found.computeIfAbsent(key(form), k -> {
                Company created = new Company(form.name(),
                        form.bizRegNo() == null ? null : BizRegNo.parse(form.bizRegNo()));
                entities.persist(created);
                return created;
            });
        }
        return found;
    }

    /** The company stored first (lowest id): the one a name without a number means. */
    private static Company older(Company a, Company b) {
        return a.getId() < b.getId() ? a : b;
    }

    static String key(CompanyForm form) {
        return form.bizRegNo() != null ? "no:" + form.bizRegNo() : "name:" + form.name();
    }
}
