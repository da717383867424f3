package kr.oneteam.domain.proposal;

import kr.oneteam.domain.programme.CapacityClaim;
import kr.oneteam.domain.programme.CapacityUnit;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.review.IllegalTransitionException;
import kr.oneteam.domain.support.Fixtures;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static kr.oneteam.domain.support.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every allowed transition of INTAKE.md's lifecycle through the proposal's own methods, and refusals. */
class ProposalLifecycleTest {

    private static final ProgrammeCode P01 = ProgrammeCode.of("P01");
    private static final ProgrammeCode P06 = ProgrammeCode.of("P06");

    private Proposal newProposal() {
        return Fixtures.minimal(Fixtures.company("라이프사이클"), "LC-1").build(CLOCK);
    }

    private Proposal awaitingReview() {
        Proposal p = newProposal();
        p.replaceRecommendations(List.of(Fixtures.p01(16, 4), Fixtures.p06()), null);
        return p;
    }

    private Proposal decided() {
        Proposal p = awaitingReview();
        p.recommendationFor(P06).orElseThrow().accept("officer", "적격", CLOCK);
        return p;
    }

    private Proposal needsInfo() {
        Proposal p = awaitingReview();
        p.requestInfo("매출 규모를 알려 주세요", "officer", CLOCK);
        return p;
    }

    private Proposal replied() {
        Proposal p = decided();
        p.reply("P06 지원 대상입니다.", "officer", CLOCK);
        return p;
    }

    private Proposal closed() {
        Proposal p = replied();
        p.close("officer", CLOCK);
        return p;
    }

    @Test
    void a_proposal_the_rules_failed_on_is_unclassified_with_the_reason_until_it_is_routed_again() {
        Proposal p = awaitingReview();

        p.routingFailed("R-TST-01: ArithmeticException: / by zero", null);

        assertThat(p.isUnclassified()).isTrue();
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.AWAITING_REVIEW);
        assertThat(p.getRoutingFailure()).contains("R-TST-01: ArithmeticException: / by zero");
        p.replaceRecommendations(List.of(Fixtures.p06()), null);
        assertThat(p.getRoutingFailure()).isEmpty();
        assertThat(p.isUnclassified()).isFalse();
    }

    // ---- Allowed transitions ----

    @Test
    void a_new_proposal_awaits_review_once_routed() {
        Proposal p = newProposal();
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.NEW);
        p.replaceRecommendations(List.of(Fixtures.p06()), Fixtures.ruleset("lc"));
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.AWAITING_REVIEW);
        assertThat(p.getRulesetHash()).startsWith("sha256:");
        assertThat(p.getRecommendations()).singleElement()
                .satisfies(r -> assertThat(r.getRulesetHash()).isEqualTo(p.getRulesetHash()));
    }

    @Test
    void a_routed_proposal_without_any_recommendation_shows_as_unclassified() {
        Proposal p = newProposal();
        assertThat(p.isUnclassified()).isFalse();
        p.replaceRecommendations(List.of(), null);
        assertThat(p.isUnclassified()).isTrue();
        assertThat(p.getTopProgramme()).isNull();
    }

    @Test
    void asking_for_information_waits_for_the_answer_and_the_answer_returns_it_to_review() {
        Proposal p = needsInfo();
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.NEEDS_INFO);
        assertThat(p.getInfoQuestion()).isEqualTo("매출 규모를 알려 주세요");
        p.receiveInfo("연 매출 30억 원", CLOCK);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.AWAITING_REVIEW);
        assertThat(p.getInfoAnswer()).isEqualTo("연 매출 30억 원");
    }

    @Test
    void a_decision_makes_the_proposal_decided_and_further_decisions_keep_it_decided() {
        Proposal p = decided();
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.DECIDED);
        p.recommendationFor(P01).orElseThrow().decline("officer", "타 사업 수혜 중", CLOCK);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.DECIDED);
        assertThat(p.getAcceptedCodes()).containsExactly(P06);
    }

    @Test
    void undoing_the_only_decision_returns_the_proposal_to_review() {
        Proposal p = decided();
        p.recommendationFor(P06).orElseThrow().reopen();
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.AWAITING_REVIEW);
    }

    @Test
    void a_decided_proposal_is_replied_to_and_then_closed() {
        Proposal p = replied();
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.REPLIED);
        assertThat(p.getReply()).isEqualTo("P06 지원 대상입니다.");
        p.close("officer", CLOCK);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.CLOSED);
        assertThat(p.getClosedBy()).isEqualTo("officer");
    }

    @Test
    void a_decided_proposal_and_one_waiting_for_information_can_be_closed() {
        Proposal d = decided();
        d.close("officer", CLOCK);
        assertThat(d.getStatus()).isEqualTo(ProposalStatus.CLOSED);
        Proposal n = needsInfo();
        n.close("officer", CLOCK);
        assertThat(n.getStatus()).isEqualTo(ProposalStatus.CLOSED);
    }

    @Test
    void reopening_a_decided_replied_or_closed_proposal_clears_decisions_and_returns_capacity_to_release() {
        for (int step = 0; step < 3; step++) {
            Proposal p = awaitingReview();
            p.recommendationFor(P01).orElseThrow().accept("officer", null, CLOCK, new CapacityClaim(P01, CapacityUnit.GPU, 16));
            p.recommendationFor(P06).orElseThrow().decline("officer", "대상 아님", CLOCK);
            if (step >= 1) {
                p.reply("회신", "officer", CLOCK);
            }
            if (step >= 2) {
                p.close("officer", CLOCK);
            }
            List<CapacityClaim> release = p.reopen();
            assertThat(p.getStatus()).isEqualTo(ProposalStatus.AWAITING_REVIEW);
            assertThat(p.getRecommendations()).noneMatch(Recommendation::isDecided);
            assertThat(release).containsExactly(new CapacityClaim(P01, CapacityUnit.GPU, 16));
            assertThat(p.getAcceptedCodes()).isEmpty();
            assertThat(p.getClosedAt()).isNull();
        }
    }

    @Test
    void a_reopened_proposal_must_be_decided_again_before_it_is_replied_to() {
        Proposal p = closed();
        p.reopen();
        assertThatThrownBy(() -> p.reply("다시", "officer", CLOCK)).isInstanceOf(IllegalTransitionException.class);
    }

    // ---- One refusal per state ----

    @Test
    void a_new_proposal_cannot_be_asked_for_information() {
        assertRefused(() -> newProposal().requestInfo("질문", "officer", CLOCK), "NEW", "request information");
    }

    @Test
    void a_proposal_awaiting_review_cannot_be_replied_to() {
        assertRefused(() -> awaitingReview().reply("회신", "officer", CLOCK), "AWAITING_REVIEW", "reply");
    }

    @Test
    void a_proposal_waiting_for_information_cannot_be_decided() {
        Proposal p = needsInfo();
        assertRefused(() -> p.recommendationFor(P06).orElseThrow().accept("officer", null, CLOCK),
                "NEEDS_INFO", "decide");
    }

    @Test
    void a_decided_proposal_keeps_its_recommendations_when_rules_change() {
        Proposal p = decided();
        assertRefused(() -> p.replaceRecommendations(List.of(Fixtures.p07(1_000_000)), Fixtures.ruleset("new")),
                "DECIDED", "replace recommendations");
        assertThat(p.getRecommendations()).extracting(r -> r.getProgramme().value()).containsExactly("P01", "P06");
    }

    @Test
    void a_replied_proposal_cannot_be_asked_for_information() {
        assertRefused(() -> replied().requestInfo("질문", "officer", CLOCK), "REPLIED", "request information");
    }

    @Test
    void a_closed_proposal_cannot_be_closed_again_or_decided() {
        Proposal p = closed();
        assertRefused(() -> p.close("officer", CLOCK), "CLOSED", "close");
        assertRefused(() -> p.recommendationFor(P01).orElseThrow().accept("officer", null, CLOCK), "CLOSED", "decide");
    }

    @Test
    void information_cannot_be_received_when_none_was_asked_for() {
        assertRefused(() -> awaitingReview().receiveInfo("답", CLOCK), "AWAITING_REVIEW", "receive information");
    }

    @Test
    void a_new_or_awaiting_proposal_cannot_be_reopened() {
        assertRefused(() -> newProposal().reopen(), "NEW", "reopen");
        assertRefused(() -> awaitingReview().reopen(), "AWAITING_REVIEW", "reopen");
    }

    private static void assertRefused(Runnable action, String state, String actionName) {
        assertThatThrownBy(action::run).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining(state).hasMessageContaining(actionName);
    }

    // ---- Other officer work ----

    @Test
    void asking_without_a_question_is_refused() {
        assertThatThrownBy(() -> awaitingReview().requestInfo(" ", "officer", CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("question");
    }

    @Test
    void the_queue_shows_the_earliest_open_follow_up_and_moves_on_when_it_is_done() {
        Proposal p = awaitingReview();
        var later = p.addFollowUp("현장 방문", "박사무관", LocalDate.of(2026, 4, 1), CLOCK);
        var sooner = p.addFollowUp("NIPA 연결", "김주무관", LocalDate.of(2026, 3, 10), CLOCK);
        assertThat(p.getNextFollowUpDue()).isEqualTo(LocalDate.of(2026, 3, 10));
        p.completeFollowUp(sooner, "김주무관", CLOCK);
        assertThat(sooner.isDone()).isTrue();
        assertThat(p.getNextFollowUpDue()).isEqualTo(LocalDate.of(2026, 4, 1));
        p.completeFollowUp(later, "박사무관", CLOCK);
        assertThat(p.getNextFollowUpDue()).isNull();
        assertThatThrownBy(() -> p.completeFollowUp(later, "박사무관", CLOCK)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void a_follow_up_needs_an_action_an_owner_and_a_due_date() {
        Proposal p = awaitingReview();
        assertThatThrownBy(() -> p.addFollowUp("", "owner", LocalDate.now(CLOCK), CLOCK)).hasMessageContaining("action");
        assertThatThrownBy(() -> p.addFollowUp("연결", " ", LocalDate.now(CLOCK), CLOCK)).hasMessageContaining("owner");
        assertThatThrownBy(() -> p.addFollowUp("연결", "owner", null, CLOCK)).hasMessageContaining("due");
    }

    @Test
    void a_reply_can_be_drafted_before_the_decision_and_sent_after_it() {
        Proposal p = awaitingReview();
        p.draftReply("초안");
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.AWAITING_REVIEW);
        p.recommendationFor(P06).orElseThrow().accept("officer", null, CLOCK);
        p.reply("최종 회신", "officer", CLOCK);
        assertThat(p.getReply()).isEqualTo("최종 회신");
        assertThat(p.getRepliedBy()).isEqualTo("officer");
    }
}
