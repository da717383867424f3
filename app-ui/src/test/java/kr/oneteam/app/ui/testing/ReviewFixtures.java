package kr.oneteam.app.ui.testing;

import kr.oneteam.app.proposal.TestProposals;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.company.CompanyRepository;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalRepository;
import kr.oneteam.domain.recommendation.Allocation;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.recommendation.RuleReason;
import kr.oneteam.domain.ruleset.RulesetFile;
import kr.oneteam.domain.ruleset.RulesetHash;
import kr.oneteam.domain.ruleset.RulesetProvenance;
import kr.oneteam.domain.ruleset.RulesetSource;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.ruleset.RulesetVersionRepository;
import kr.oneteam.domain.vocabulary.Accelerator;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.Stage;
import kr.oneteam.domain.vocabulary.Workload;
import kr.oneteam.rules.ContentHash;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proposals as the rules would have routed them, stored straight through the domain: view and service
 * tests then do not depend on the rules engine or the demo data.
 */

public class ReviewFixtures {

    private final ProposalRepository proposals;
    private final CompanyRepository companies;
    private final RulesetVersionRepository rulesets;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    public ReviewFixtures(ProposalRepository proposals, CompanyRepository companies, RulesetVersionRepository rulesets,
                          TransactionTemplate tx) {
        this.proposals = proposals;
        this.companies = companies;
        this.rulesets = rulesets;
        this.tx = tx;
    }

    /** An SME asking for {@code gpus} GPUs: P01 ELIGIBLE with that allocation, P02 INELIGIBLE, P06 CONDITIONAL. */
    public long gpuProposal(String companyName, String title, String text, int gpus) {
        return tx.execute(status -> {
            Company company = companies.save(new Company(companyName, null));
            var document = TestProposals.document(OffsetDateTime.now(clock).minusHours(2), Channel.MEETING,
                    companyName, SizeClass.SME, Region.CAPITAL, title, text,
                    Set.of(Category.COMPUTE, Category.PUBLIC_DEMAND), Stage.POC);
            ((com.fasterxml.jackson.databind.node.ObjectNode) document.get("company")).put("startup", true);
            document.putObject("compute").put("accelerator", "H100").put("quantity", gpus).put("months", 4)
                    .put("workload", "FINETUNING");
            Proposal proposal = TestProposals.entity(company, clock, document);
            proposal.replaceRecommendations(List.of(
                    new Recommendation(ProgrammeCode.of("P01"), Eligibility.ELIGIBLE, 60, Allocation.gpus(gpus, 4),
                            List.of("R-CMP-01"), List.of(new RuleReason("R-CMP-01", "중소기업 소규모 GPU 요청")), List.of()),
                    new Recommendation(ProgrammeCode.of("P02"), Eligibility.INELIGIBLE, 0, null,
                            List.of("R-CMP-X2"), List.of(new RuleReason("R-CMP-X2", "독자 AI 파운데이션 모델 GPU 수혜 중 — 중복 지원 불가")),
                            List.of()),
                    new Recommendation(ProgrammeCode.of("P06"), Eligibility.CONDITIONAL, 50, null,
                            List.of("R-PRC-01"), List.of(new RuleReason("R-PRC-01", "공공수요 요청 — 나라장터 등록")),
                            List.of("AI기본법 §31 사전고지·생성물 표시"))),
                    ruleset());
            return proposals.save(proposal).getId();
        });
    }

    /**
     * The same GPU proposal routed by a ruleset version of its own (stored, not active), marked {@code rulesetName}
     * in its DRL so that each call's version differs, whose files include {@code reasons_en.properties} with
     * {@code reasonsEn} (null: no such file). The version is named, as every stored version is, by its hash's
     * short form: {@link #rulesetNameOf}.
     */
    public long gpuProposalRoutedBy(String rulesetName, String reasonsEn, String companyName) {
        long id = gpuProposal(companyName, "GPU 요청", "본문", 4);
        return tx.execute(status -> {
            java.util.Map<String, String> content = new java.util.LinkedHashMap<>();
            content.put("rules/test.drl", "package rules.test;\n// " + rulesetName
                    + "\nrule \"R-CMP-01 test\" when then end\nrule \"R-CMP-X2 test\" when then end");
            if (reasonsEn != null) {
                content.put("reasons_en.properties", reasonsEn);
            }
            List<RulesetFile> files = content.entrySet().stream()
                    .map(e -> new RulesetFile(e.getKey(), e.getValue())).toList();
            RulesetVersion stored = new RulesetVersion(RulesetHash.parse(ContentHash.of(content)), files,
                    2, RulesetProvenance.of(RulesetSource.WORKSPACE, "test").note(rulesetName), clock);
            // A past version, not a scheduled one: a stored version never active nor retired is due at once, and
            // the follower would activate it for the whole shared test context.
            stored.retire(clock);
            RulesetVersion version = rulesets.save(stored);
            Proposal proposal = proposals.findWithRecommendationsById(id).orElseThrow();
            proposal.replaceRecommendations(proposal.getRecommendations().stream()
                    .map(r -> new Recommendation(r.getProgramme(), r.getEligibility(), r.getScore(),
                            r.getAllocation().orElse(null), r.getRuleIds(), r.getReasons(), r.getFlags())).toList(), version);
            return id;
        });
    }

    /** The name of the ruleset version that routed proposal {@code id} (the short form of its hash). */
    public String rulesetNameOf(long id) {
        return tx.execute(status -> proposals.findWithRecommendationsById(id).orElseThrow().getRulesetVersion().getName());
    }

    /** A proposal on which a rule failed: no recommendation (미분류) and the failure naming the rule. */
    public long failedProposal(String companyName, String failure) {
        return tx.execute(status -> {
            Company company = companies.save(new Company(companyName, null));
            var document = TestProposals.document(OffsetDateTime.now(clock).minusHours(3), Channel.PORTAL,
                    companyName, SizeClass.SME, Region.CAPITAL, "규칙 실패 제안", "본문", Set.of(Category.COMPUTE),
                    Stage.POC);
            Proposal proposal = TestProposals.entity(company, clock, document);
            proposal.routingFailed(failure, ruleset());
            return proposals.save(proposal).getId();
        });
    }

    /** An SME asking for an AI voucher: P07 ELIGIBLE with {@code krw} won. */
    public long voucherProposal(String companyName, long krw) {
        return tx.execute(status -> {
            Company company = companies.save(new Company(companyName, null));
            var document = TestProposals.document(OffsetDateTime.now(clock).minusHours(1), Channel.PORTAL,
                    companyName, SizeClass.SME, Region.NON_CAPITAL, "AI 바우처 요청", "AI 솔루션 도입",
                    Set.of(Category.AI_ADOPTION), Stage.COMMERCIAL);
            ((com.fasterxml.jackson.databind.node.ObjectNode) document.get("company")).put("venture", true);
            document.put("requestedAmountKrw", krw);
            Proposal proposal = TestProposals.entity(company, clock, document);
            proposal.replaceRecommendations(List.of(
                    new Recommendation(ProgrammeCode.of("P07"), Eligibility.ELIGIBLE, 60, Allocation.krw(krw),
                            List.of("R-VOU-01"), List.of(new RuleReason("R-VOU-01", "AI 바우처 수요기업")), List.of())),
                    ruleset());
            return proposals.save(proposal).getId();
        });
    }

    /** The active version: fixture proposals are what the rules would say now, so no re-routing touches them. */
    private RulesetVersion ruleset() {
        return rulesets.findActive().orElseThrow();
    }

}
