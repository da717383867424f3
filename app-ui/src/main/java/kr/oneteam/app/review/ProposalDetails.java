package kr.oneteam.app.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.oneteam.app.review.ProposalDetail.CompanyCard;
import kr.oneteam.app.review.ProposalDetail.NextStep;
import kr.oneteam.app.review.ProposalDetail.RulesetRef;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.programme.Programme;
import kr.oneteam.app.proposal.CompanyForm;
import kr.oneteam.app.proposal.ProposalEntities;
import kr.oneteam.app.proposal.ProposalForm;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.recommendation.Allocation;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.review.FollowUp;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.vocabulary.ProposalStatus;

/**
 * Reads a proposal, inside the service's transaction, into the snapshot the detail view shows: the company
 * card, the blocks ({@link ProposalSnapshots}), the recommendations with their English reasons, the ruleset,
 * what comes next and the timeline.
 */
final class ProposalDetails {

    private ProposalDetails() {
    }

    static ProposalDetail of(Proposal p, Map<String, Programme> catalogue, List<AuditEntry> history,
                             EnglishReasons english, LocalDate today) {
        RulesetVersion version = p.getRulesetVersion();
        RulesetRef ruleset = version == null && p.getRulesetHash() == null ? null
                : new RulesetRef(version == null ? null : version.getId(), RulesetLabels.of(version, p.getRulesetHash()),
                version == null ? null : version.getPublishedAt().toInstant());
        List<RecommendationLine> recommendations = p.getRecommendations().stream()
                .map(r -> line(r, catalogue.get(r.getProgramme().value()), english)).toList();
        List<FollowUpLine> followUps = p.getFollowUps().stream().map(ProposalDetails::followUp).toList();
        ProposalForm form = ProposalEntities.toForm(p);
        return new ProposalDetail(p.getId(), p.getVersion(), p.getStatus(), p.getExternalRef(),
                p.getReceivedAt().toInstant(), p.getChannel(), company(p, form.company()), p.getTitle(), form.text(),
                ProposalSnapshots.blocks(form), recommendations, ruleset, p.getRoutingFailure().orElse(null),
                p.getInfoQuestion(), p.getInfoAnswer(), p.getReply(), followUps, p.getAssignee().orElse(null),
                nextStep(p, recommendations, followUps, today),
                history.stream().map(e -> new AuditLine(e.getAt().toInstant(), e.getActor(), e.getAction(),
                        e.getBefore(), e.getAfter())).toList(),
                Timeline.of(p, history, ruleset == null ? "—" : ruleset.label()));
    }

    /** The company as it described itself with this proposal (its document); the number as registered now. */
    private static CompanyCard company(Proposal p, CompanyForm c) {
        return new CompanyCard(p.getCompanyName(), p.getCompany().getBizRegNo().map(Object::toString).orElse(null),
                c.sizeClass(), c.region(), c.startup(), c.venture(), c.youthFounded(),
                c.currentAwards().stream().sorted().toList());
    }

    static RecommendationLine line(Recommendation r, Programme programme, EnglishReasons english) {
        var decision = r.getDecision();
        RulesetVersion version = r.getRulesetVersion();
        Long versionId = version == null ? null : version.getId();
        ReasonBook book = english.of(versionId);
        List<RecommendationLine.Reason> reasons = r.getReasons().stream()
                .map(x -> new RecommendationLine.Reason(x.rule(), x.text(),
                        book.english(x.rule(), x.text(), EnglishReasons::word))).toList();
        List<RecommendationLine.Flag> flags = r.getFlags().stream()
                .map(f -> new RecommendationLine.Flag(f, book.englishFlag(f, EnglishReasons::word))).toList();
        return new RecommendationLine(r.getId(), r.getProgramme().value(),
                programme == null ? "" : programme.getNameKo(), programme == null ? "" : programme.getNameEn(),
                r.getEligibility(), r.getScore(), r.getAllocation().map(ProposalDetails::allocation).orElse(null),
                reasons, flags, versionId, r.isOverride() ? null : RulesetLabels.of(version, r.getRulesetHash()),
                decision.map(d -> d.outcome()).orElse(null), decision.map(d -> d.by()).orElse(null),
                decision.map(d -> d.at().toInstant()).orElse(null), decision.map(d -> d.comment()).orElse(null),
                r.isOverride());
    }

    private static RecommendationLine.Allocation allocation(Allocation a) {
        return new RecommendationLine.Allocation(a.gpus(), a.months(), a.selfPayPercent(), a.krw());
    }

    private static FollowUpLine followUp(FollowUp f) {
        return new FollowUpLine(f.getId(), f.getAction(), f.getOwner(), f.getDue(),
                f.getDoneAt() == null ? null : f.getDoneAt().toInstant(), f.getDoneBy());
    }

    /** What the case waits for, in the order an officer works it; the view says it in the user's language. */
    static NextStep nextStep(Proposal p, List<RecommendationLine> recommendations, List<FollowUpLine> followUps,
                             LocalDate today) {
        ProposalStatus status = p.getStatus();
        if (status == ProposalStatus.CLOSED) {
            return new NextStep("next.closed", List.of(p.getClosedBy() == null ? "—" : p.getClosedBy()));
        }
        if (status == ProposalStatus.NEEDS_INFO) {
            return new NextStep("next.waitingForAnswer", List.of(p.getInfoQuestion() == null ? "—" : p.getInfoQuestion()));
        }
        long open = recommendations.stream().filter(r -> r.isDecidable() && !r.isDecided()).count();
        if (status == ProposalStatus.AWAITING_REVIEW || status == ProposalStatus.NEW) {
            if (recommendations.isEmpty()) {
                return new NextStep(p.getRoutingFailure().isPresent() ? "next.routingFailed" : "next.unclassified",
                        List.of());
            }
            return open == 0 ? new NextStep("next.overrideOrAsk", List.of()) : new NextStep("next.decide", List.of(open));
        }
        if (status == ProposalStatus.DECIDED) {
            return open > 0 ? new NextStep("next.decideRestOrReply", List.of(open)) : new NextStep("next.reply", List.of());
        }
        return followUps.stream().filter(f -> !f.isDone() && f.due() != null)
                .min(java.util.Comparator.comparing(FollowUpLine::due))
                .map(f -> new NextStep(f.due().isBefore(today) ? "next.followUpOverdue" : "next.followUp",
                        List.<Object>of(f.action(), f.due())))
                .orElse(new NextStep("next.close", List.of()));
    }
}
