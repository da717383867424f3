package kr.oneteam.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import kr.oneteam.app.intake.IntakeService;
import kr.oneteam.app.intake.InvalidProposalException;
import kr.oneteam.app.proposal.RecommendationView;
import kr.oneteam.rules.RoutedProposal;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import kr.oneteam.app.routing.StoredRulesets;
import kr.oneteam.app.security.Roles;
import kr.oneteam.rules.Router;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.List;

/**
 * {@code POST /api/routing/preview}: one proposal or an array of up to 10,000, validated and routed with the
 * active ruleset exactly like a submission, and nothing stored. A single invalid proposal is a 400 like a
 * submission's; in an array each item answers on its own.
 */
@RestController
@RequestMapping(path = "/api/routing", produces = MediaType.APPLICATION_JSON_VALUE)
class RoutingPreviewController {

    private final IntakeService intake;
    private final StoredRulesets rulesets;
    private final FieldMessages messages;

    RoutingPreviewController(IntakeService intake, StoredRulesets rulesets, FieldMessages messages) {
        this.intake = intake;
        this.rulesets = rulesets;
        this.messages = messages;
    }

    /**
     * {@code ?ruleset={versionId}} (analysts only) routes with that stored version, compiled without activating
     * it, to see what an earlier or another version would make of the proposals.
     */
    @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    Object preview(HttpServletRequest request, @RequestParam(name = "ruleset", required = false) Long version)
            throws IOException {
        Router router = null;
        if (version != null) {
            if (!request.isUserInRole(Roles.ANALYST)) {
                throw new AccessDeniedException("only analysts preview with another ruleset version");
            }
            router = rulesets.router(version).orElseThrow(() -> new NotFoundException("ruleset version " + version));
        }
        IntakeService.Previews previews = intake.preview(request.getInputStream(), router);
        RulesetRef ruleset = new RulesetRef(previews.rulesetHash());
        if (previews.single()) {
            IntakeService.Preview only = previews.items().get(0);
            if (!only.valid()) {
                throw new InvalidProposalException(only.problems());
            }
            return new SinglePreview(ruleset, only.routed().failed() ? only.routed().failure().toString() : null,
                    recommendations(only.routed()));
        }
        return new BatchPreview(ruleset, previews.items().stream().map(item -> item.valid()
                ? new ItemPreview(item.index(), "routed", item.routed().failed()
                ? item.routed().failure().toString() : null, recommendations(item.routed()), null)
                : new ItemPreview(item.index(), "rejected", null, null, messages.resolve(item.problems()))).toList());
    }

    private static List<RecommendationView> recommendations(RoutedProposal routed) {
        return routed.recommendations().stream().map(RecommendationView::of).toList();
    }

    /** The ruleset that routed the preview, by content hash (a preview stores nothing, not even a version). */
    record RulesetRef(String hash) {
    }

    record SinglePreview(RulesetRef ruleset, String routingFailure, List<RecommendationView> recommendations) {
    }

    record BatchPreview(RulesetRef ruleset, List<ItemPreview> results) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemPreview(int index, String status, String routingFailure, List<RecommendationView> recommendations,
                       List<FieldError> errors) {
    }
}
