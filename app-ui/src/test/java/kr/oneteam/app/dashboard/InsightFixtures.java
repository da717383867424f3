package kr.oneteam.app.dashboard;

import kr.oneteam.app.proposal.TestProposals;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.company.CompanyRepository;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalRepository;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.recommendation.RuleReason;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.ruleset.RulesetVersionRepository;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.Stage;
import org.springframework.transaction.support.TransactionTemplate;

/** Proposals with the receipt day, channel, company and recommendations a dashboard test needs, stored as routed. */
public class InsightFixtures {

    /** One recommendation as the rules would have made it: programme, eligibility, the rule and its reason. */
    public record Rec(String programme, Eligibility eligibility, String rule, String reason) {
    }

    private final ProposalRepository proposals;
    private final CompanyRepository companies;
    private final RulesetVersionRepository rulesets;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    public InsightFixtures(ProposalRepository proposals, CompanyRepository companies, RulesetVersionRepository rulesets,
                           TransactionTemplate tx) {
        this.proposals = proposals;
        this.companies = companies;
        this.rulesets = rulesets;
        this.tx = tx;
    }

    public long company(String name) {
        return tx.execute(status -> companies.save(new Company(name, null)).getId());
    }

    /** Received at noon in Seoul on {@code day}. */
    public long proposal(long companyId, LocalDate day, Channel channel, SizeClass size, Region region,
                         Set<Category> categories, Rec... recs) {
        return tx.execute(status -> {
            Company company = companies.findById(companyId).orElseThrow();
            var document = TestProposals.document(day.atTime(LocalTime.NOON).atZone(Formats.SEOUL).toOffsetDateTime(),
                    channel, company.getName(), size, region, company.getName() + " 요청", "본문", categories, Stage.POC);
            Proposal proposal = TestProposals.entity(company, clock, document);
            proposal.replaceRecommendations(List.of(recs).stream()
                    .map(r -> new Recommendation(ProgrammeCode.of(r.programme()), r.eligibility(),
                            r.eligibility() == Eligibility.INELIGIBLE ? 0 : 50, null, List.of(r.rule()),
                            List.of(new RuleReason(r.rule(), r.reason())), List.of()))
                    .toList(), ruleset());
            return proposals.save(proposal).getId();
        });
    }

    /** The active ruleset version, as ReviewFixtures uses (h-spine's ruleset publication). */
    private RulesetVersion ruleset() {
        return rulesets.findActive().orElseThrow();
    }

}
