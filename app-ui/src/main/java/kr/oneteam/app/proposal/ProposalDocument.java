package kr.oneteam.app.proposal;

import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Stage;
import kr.oneteam.domain.vocabulary.Theme;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/proposals/{id}}: the proposal as submitted, its status, ruleset and recommendations;
 * {@code routingFailure} names the rule that failed on it when the rules could not route it (미분류), else null.
 */
public record ProposalDocument(
        long id, String externalRef, String status, OffsetDateTime receivedAt, Channel channel, CompanyForm company,
        String title, String text, Set<Category> categories, Set<Theme> themes, Stage stage, Long requestedAmountKrw,
        ComputeForm compute, DataForm data, RegulationForm regulation, ProcurementForm procurement,
        GlobalForm global, InfraForm infra, List<ConsortiumForm> consortium,
        RulesetRef ruleset, String routingFailure, List<RecommendationView> recommendations) {

    public static ProposalDocument of(long id, String status, ProposalForm f, RulesetRef ruleset, String routingFailure,
                           List<RecommendationView> recommendations) {
        return new ProposalDocument(id, f.externalRef(), status, f.receivedAt(), f.channel(), f.company(), f.title(),
                f.text(), f.categories(), f.themes(), f.stage(), f.requestedAmountKrw(), f.compute(), f.data(),
                f.regulation(), f.procurement(), f.global(), f.infra(), f.consortium(), ruleset, routingFailure,
                recommendations);
    }

    /** The stored ruleset version that made the recommendations. */
    public record RulesetRef(Long id, String hash) {
    }
}
