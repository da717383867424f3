package kr.oneteam.domain.review;

import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transition table itself: every action refused from every state outside its table row. */
class ReviewActionTest {

    @ParameterizedTest
    @EnumSource(ReviewAction.class)
    void every_action_is_refused_from_the_states_it_does_not_list_naming_state_and_action(ReviewAction action) {
        for (ProposalStatus status : EnumSet.complementOf(EnumSet.copyOf(action.allowedFrom()))) {
            assertThatThrownBy(() -> action.checkAllowedFrom(status))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining(status.name())
                    .hasMessageContaining(action.description())
                    .satisfies(e -> assertThat(((IllegalTransitionException) e).fromState()).isEqualTo(status.name()));
        }
        for (ProposalStatus status : action.allowedFrom()) {
            action.checkAllowedFrom(status);
        }
    }

    @Test
    void nothing_leaves_a_closed_proposal_except_reopening_and_finishing_follow_ups() {
        assertThat(EnumSet.allOf(ReviewAction.class).stream().filter(a -> a.isAllowedFrom(ProposalStatus.CLOSED)))
                .containsExactlyInAnyOrder(ReviewAction.REOPEN, ReviewAction.COMPLETE_FOLLOW_UP);
    }
}
