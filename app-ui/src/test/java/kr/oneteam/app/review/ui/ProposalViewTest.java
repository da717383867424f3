package kr.oneteam.app.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import kr.oneteam.app.review.AuditLine;
import kr.oneteam.app.review.FollowUpLine;
import kr.oneteam.app.review.ProposalDetail;
import kr.oneteam.app.review.RecommendationLine;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProposalViewTest extends KaribuSpringTest {

    @Autowired
    ProgrammeService programmes;

    @Autowired
    ReviewService review;

    @Test
    void proposal_text_with_markup_is_shown_as_literal_text() {
        long id = fixtures.gpuProposal("마크업 주식회사", "<b>제목</b>", "<img src=x onerror=alert(1)>", 4);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        Div text = _get(Div.class, spec -> spec.withId("proposal-text"));
        assertThat(text.getText()).isEqualTo("<img src=x onerror=alert(1)>");
        // One text node and no element: the browser is never asked to parse the company's text as HTML.
        assertThat(text.getElement().getChildCount()).isEqualTo(1);
        assertThat(text.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(text.getElement().getProperty("innerHTML")).isNull();
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("proposal-title")).getText())
                .isEqualTo("<b>제목</b>");
    }

    @Test
    void accepting_a_gpu_recommendation_reserves_its_allocation_and_is_audited() {
        long id = fixtures.gpuProposal("가속 주식회사", "GPU 16장 요청", "미세조정용 GPU가 필요합니다", 16);
        signInAs("officer", "OFFICER");
        long before = remainingOfP01();
        UI.getCurrent().navigate(ProposalView.class, id);

        _click(_get(Button.class, spec -> spec.withId("accept-P01")));

        assertThat(remainingOfP01()).isEqualTo(before - 16);
        assertThat(_get(Span.class, spec -> spec.withId("decision-P01")).getText()).contains("수용").contains("officer");
        NotificationsKt.expectNotifications("수용했습니다.");
    }

    @Test
    void declining_without_a_comment_is_refused_with_a_message_on_the_comment() {
        long id = fixtures.gpuProposal("반려 주식회사", "GPU 요청", "본문", 2);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        _click(_get(Button.class, spec -> spec.withId("decline-P01")));

        TextArea comment = _get(TextArea.class, spec -> spec.withId("comment-P01"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("불수용하려면 의견을 입력하세요.");
    }

    @Test
    void a_decline_is_audited_with_who_before_and_after() {
        long id = fixtures.gpuProposal("감사 주식회사", "GPU 요청", "본문", 3);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);
        _click(_get(Button.class, spec -> spec.withId("comment-open-P06")));
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-P06")), "공공수요 없음");
        _click(_get(Button.class, spec -> spec.withId("decline-P06")));

        assertThat(review.proposal(id).history()).hasSize(1);
        AuditLine line = review.proposal(id).history().get(0);
        assertThat(line.actor()).isEqualTo("officer");
        assertThat(line.action()).isEqualTo("DECLINE P06");
        assertThat(line.before()).contains("UNDECIDED");
        assertThat(line.after()).contains("DECLINED").contains("공공수요 없음");
    }

    @Test
    void the_comment_field_is_closed_until_asked_for_and_opens_on_a_decline_without_one() {
        long id = fixtures.gpuProposal("의견 주식회사", "GPU 요청", "본문", 2);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);
        _assertNone(TextArea.class, spec -> spec.withId("comment-P01"));

        _click(_get(Button.class, spec -> spec.withId("decline-P01")));

        assertThat(_get(TextArea.class, spec -> spec.withId("comment-P01")).isInvalid()).isTrue();
    }

    @Test
    void an_accept_beyond_the_remaining_capacity_is_refused_saying_what_remains() {
        long id = fixtures.gpuProposal("대형 요청 주식회사", "GPU 5000장", "본문", 5000);
        signInAs("officer", "OFFICER");
        long before = remainingOfP01();
        UI.getCurrent().navigate(ProposalView.class, id);

        _click(_get(Button.class, spec -> spec.withId("accept-P01")));

        NotificationsKt.expectNotifications("용량이 부족합니다. 남은 용량: " + kr.oneteam.app.i18n.Formats.number(before) + " GPU");
        assertThat(remainingOfP01()).isEqualTo(before);
        assertThat(review.proposal(id).recommendations().get(0).isDecided()).isFalse();
    }

    @Test
    void a_second_officer_saving_on_stale_state_is_told_and_sees_the_fresh_state() {
        long id = fixtures.gpuProposal("동시 주식회사", "GPU 요청", "본문", 1);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);
        // Meanwhile another officer accepts P01 on the same proposal.
        ProposalDetail fresh = review.proposal(id);
        review.accept(id, fresh.version(), recommendation(fresh, "P01").id(), "먼저 처리");

        _click(_get(Button.class, spec -> spec.withId("comment-open-P06")));
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-P06")), "나중 처리");
        _click(_get(Button.class, spec -> spec.withId("decline-P06")));

        NotificationsKt.expectNotifications(
                "다른 담당관이 먼저 저장했습니다. 최신 상태를 다시 불러왔습니다. 확인 후 다시 시도하세요.");
        assertThat(_get(Span.class, spec -> spec.withId("decision-P01")).getText()).contains("수용");
        assertThat(recommendation(review.proposal(id), "P06").isDecided()).isFalse();
    }

    @Test
    void an_officer_adds_a_programme_the_rules_did_not_propose_with_a_reason() {
        long id = fixtures.gpuProposal("추가 주식회사", "GPU 요청", "본문", 1);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("override")).setOpened(true);
        _setValue(_get(ComboBox.class, spec -> spec.withId("override-programme")), "P14");
        _setValue(_get(TextField.class, spec -> spec.withId("override-reason")), "AX 실증 연계");
        _click(_get(Button.class, spec -> spec.withId("override-add")));

        RecommendationLine added = recommendation(review.proposal(id), "P14");
        assertThat(added.override()).isTrue();
        assertThat(added.reasons()).extracting(RecommendationLine.Reason::text).contains("AX 실증 연계");
        assertThat(review.proposal(id).history()).extracting(AuditLine::action).contains("OVERRIDE P14");
    }

    @Test
    void an_override_without_a_reason_is_refused_on_the_reason_field() {
        long id = fixtures.gpuProposal("사유없음 주식회사", "GPU 요청", "본문", 1);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("override")).setOpened(true);
        _setValue(_get(ComboBox.class, spec -> spec.withId("override-programme")), "P14");
        _click(_get(Button.class, spec -> spec.withId("override-add")));

        TextField reason = _get(TextField.class, spec -> spec.withId("override-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("추가 사유를 입력하세요.");
    }

    @Test
    void asking_for_information_moves_the_proposal_to_needs_info_with_the_question() {
        long id = fixtures.gpuProposal("보완 주식회사", "GPU 요청", "본문", 1);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        _setValue(_get(TextArea.class, spec -> spec.withId("info-request-text")), "사업자등록증을 보내 주세요");
        _click(_get(Button.class, spec -> spec.withId("info-request-submit")));

        assertThat(review.proposal(id).status()).isEqualTo(ProposalStatus.NEEDS_INFO);
        assertThat(review.proposal(id).infoQuestion()).isEqualTo("사업자등록증을 보내 주세요");
        assertThat(_get(Span.class, spec -> spec.withId("proposal-status")).getText()).isEqualTo("보완 요청");
    }

    @Test
    void recording_the_companys_answer_takes_a_needs_info_proposal_back_to_review_and_is_audited() {
        long id = fixtures.gpuProposal("보완접수 주식회사", "GPU 요청", "본문", 1);
        signInAs("officer", "OFFICER");
        ProposalDetail seen = review.proposal(id);
        review.requestInfo(id, seen.version(), "사업자등록증을 보내 주세요");
        UI.getCurrent().navigate(ProposalView.class, id);
        _assertNone(Button.class, spec -> spec.withId("info-request-submit"));

        _setValue(_get(TextArea.class, spec -> spec.withId("info-answer-text")), "사업자등록증 사본을 첨부했습니다");
        _click(_get(Button.class, spec -> spec.withId("info-answer-submit")));

        ProposalDetail after = review.proposal(id);
        assertThat(after.status()).isEqualTo(ProposalStatus.AWAITING_REVIEW);
        assertThat(after.infoAnswer()).isEqualTo("사업자등록증 사본을 첨부했습니다");
        AuditLine last = after.history().get(after.history().size() - 1);
        assertThat(last.action()).isEqualTo("RECEIVE INFO");
        assertThat(last.before()).contains("NEEDS_INFO");
        assertThat(last.after()).contains("AWAITING_REVIEW").contains("사업자등록증 사본을 첨부했습니다");
        assertThat(_get(Span.class, spec -> spec.withId("proposal-status")).getText()).isEqualTo("검토 대기");
        _assertNone(Button.class, spec -> spec.withId("info-answer-submit"));
    }

    @Test
    void recording_an_empty_answer_is_refused_on_the_answer_and_leaves_the_proposal_waiting() {
        long id = fixtures.gpuProposal("빈답변 주식회사", "GPU 요청", "본문", 1);
        signInAs("officer", "OFFICER");
        review.requestInfo(id, review.proposal(id).version(), "매출 자료를 보내 주세요");
        UI.getCurrent().navigate(ProposalView.class, id);

        _click(_get(Button.class, spec -> spec.withId("info-answer-submit")));

        TextArea answer = _get(TextArea.class, spec -> spec.withId("info-answer-text"));
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo("내용을 입력하세요.");
        assertThat(review.proposal(id).status()).isEqualTo(ProposalStatus.NEEDS_INFO);
    }

    @Test
    void an_analyst_gets_no_information_received_action_on_a_needs_info_proposal() {
        long id = fixtures.gpuProposal("분석보완 주식회사", "GPU 요청", "본문", 1);
        signInAs("officer", "OFFICER");
        review.requestInfo(id, review.proposal(id).version(), "질문");
        signInAs("analyst", "ANALYST");
        UI.getCurrent().navigate(ProposalView.class, id);

        _assertNone(Button.class, spec -> spec.withId("info-answer-submit"));
    }

    @Test
    void follow_ups_are_added_with_owner_and_due_date_and_marked_done() {
        long id = fixtures.gpuProposal("후속 주식회사", "GPU 요청", "본문", 1);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        _setValue(_get(TextField.class, spec -> spec.withId("follow-up-action")), "NIPA 연계 회의");
        _setValue(_get(TextField.class, spec -> spec.withId("follow-up-owner")), "김담당");
        _setValue(_get(DatePicker.class, spec -> spec.withId("follow-up-due")), LocalDate.of(2030, 1, 15));
        _click(_get(Button.class, spec -> spec.withId("follow-up-add")));
        FollowUpLine added = review.proposal(id).followUps().get(0);
        assertThat(added.owner()).isEqualTo("김담당");
        assertThat(added.due()).isEqualTo(LocalDate.of(2030, 1, 15));

        var followUps = _get(Grid.class, spec -> spec.withId("follow-up-grid"));
        _click((Button) GridKt._getCellComponent(followUps, 0, "done"));
        assertThat(review.proposal(id).followUps().get(0).isDone()).isTrue();
    }

    @Test
    void an_analyst_reads_the_proposal_but_gets_no_decision_controls() {
        long id = fixtures.gpuProposal("분석 주식회사", "GPU 요청", "본문", 1);
        signInAs("analyst", "ANALYST");
        UI.getCurrent().navigate(ProposalView.class, id);

        _get(Div.class, spec -> spec.withId("rec-P01"));
        _assertNone(Button.class, spec -> spec.withId("accept-P01"));
        _assertNone(Button.class, spec -> spec.withId("proposal-close"));
        _assertNone(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class, spec -> spec.withId("override-form"));
    }

    @Test
    void ineligible_recommendations_form_the_why_not_section_with_their_rule() {
        long id = fixtures.gpuProposal("부적격 주식회사", "GPU 요청", "본문", 1);
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalView.class, id);

        Div whyNot = _get(Div.class, spec -> spec.withId("group-INELIGIBLE"));
        assertThat(_get(whyNot, com.vaadin.flow.component.html.H4.class, spec -> { }).getText())
                .isEqualTo("부적격 — 왜 안 되는가 (1)");
        assertThat(_get(whyNot, com.vaadin.flow.component.html.ListItem.class, spec -> { }).getText())
                .startsWith("R-CMP-X2 — ");
        _assertNone(whyNot, Button.class, spec -> spec.withId("accept-P02"));
    }

    private static RecommendationLine recommendation(ProposalDetail detail, String programme) {
        return detail.recommendations().stream().filter(r -> r.programme().equals(programme)).findFirst().orElseThrow();
    }

    private long remainingOfP01() {
        return programmes.programme("P01").remaining();
    }
}
