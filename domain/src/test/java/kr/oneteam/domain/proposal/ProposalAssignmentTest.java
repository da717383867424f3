package kr.oneteam.domain.proposal;

import static kr.oneteam.domain.support.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import kr.oneteam.domain.review.IllegalTransitionException;
import kr.oneteam.domain.support.Fixtures;
import org.junit.jupiter.api.Test;

/** Who has the case: given, taken over, given back, and never on a closed case. */
class ProposalAssignmentTest {

    private Proposal awaitingReview() {
        Proposal p = Fixtures.minimal(Fixtures.company("배정"), "AS-1").build(CLOCK);
        p.replaceRecommendations(List.of(Fixtures.p01(16, 4), Fixtures.p06()), null);
        return p;
    }

    @Test
    void an_assignment_records_the_officer_who_gave_it_and_when() {
        Proposal p = awaitingReview();

        p.assignTo(" kim ", "lead", CLOCK);

        assertThat(p.getAssignee()).contains("kim");
        assertThat(p.getAssignedBy()).isEqualTo("lead");
        assertThat(p.getAssignedAt()).isEqualTo(OffsetDateTime.now(CLOCK));
    }

    @Test
    void a_case_can_be_taken_over_and_given_back_to_nobody() {
        Proposal p = awaitingReview();
        p.assignTo("kim", "kim", CLOCK);

        p.assignTo("lee", "lee", CLOCK);
        assertThat(p.getAssignee()).contains("lee");

        p.assignTo(null, "lee", CLOCK);
        assertThat(p.getAssignee()).isEmpty();
    }

    @Test
    void a_closed_case_is_not_assigned_and_keeps_its_officer() {
        Proposal p = awaitingReview();
        p.assignTo("kim", "kim", CLOCK);
        p.recommendationFor(kr.oneteam.domain.programme.ProgrammeCode.of("P06")).orElseThrow().accept("kim", null, CLOCK);
        p.close("kim", CLOCK);

        assertThatThrownBy(() -> p.assignTo("lee", "lee", CLOCK)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("CLOSED");
        assertThat(p.getAssignee()).contains("kim");
    }

    @Test
    void a_blank_or_over_long_user_name_is_refused() {
        Proposal p = awaitingReview();

        assertThatThrownBy(() -> p.assignTo("  ", "lead", CLOCK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.assignTo("x".repeat(65), "lead", CLOCK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assignee");
        assertThat(p.getAssignee()).isEmpty();
    }
}
