package kr.oneteam.app.registration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import kr.oneteam.app.review.ProposalDetail;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.domain.vocabulary.ConsortiumRole;
import java.util.Set;
import kr.oneteam.app.review.ui.ProposalView;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProposalFormViewTest extends KaribuSpringTest {

    @Autowired
    ReviewService review;

    @Test
    void an_empty_form_gets_the_intake_validators_messages_on_each_field_in_korean() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalFormView.class);

        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        TextField title = _get(TextField.class, spec -> spec.withId("field-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("필수 항목입니다");
        TextField company = _get(TextField.class, spec -> spec.withId("field-company-name"));
        assertThat(company.getErrorMessage()).isEqualTo("필수 항목입니다");
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("field-categories")).isInvalid()).isTrue();
    }

    @Test
    void messages_follow_the_users_language() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ProposalFormView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("field-company-bizRegNo")), "123-45-67890");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        assertThat(_get(TextField.class, spec -> spec.withId("field-title")).getErrorMessage()).isEqualTo("is required");
        assertThat(_get(TextField.class, spec -> spec.withId("field-company-bizRegNo")).isInvalid()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_valid_proposal_is_routed_and_the_officer_sees_its_recommendations() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalFormView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("field-title")), "AI 도입 바우처 요청");
        _setValue(_get(TextArea.class, spec -> spec.withId("field-text")), "<script>alert(1)</script> 고객센터 AI 도입");
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("field-categories")), Set.of(Category.AI_ADOPTION));
        _setValue(_get(ComboBox.class, spec -> spec.withId("field-stage")), Stage.COMMERCIAL);
        _setValue(_get(TextField.class, spec -> spec.withId("field-company-name")), "등록 테스트 주식회사");
        _setValue(_get(ComboBox.class, spec -> spec.withId("field-company-sizeClass")), SizeClass.SME);
        _setValue(_get(ComboBox.class, spec -> spec.withId("field-company-region")), Region.NON_CAPITAL);
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        ProposalView view = _get(ProposalView.class);
        assertThat(view.getPageTitle()).isEqualTo("AI 도입 바우처 요청");
        _get(Div.class, spec -> spec.withId("rec-P07"));
        assertThat(_get(Div.class, spec -> spec.withId("proposal-text")).getText())
                .isEqualTo("<script>alert(1)</script> 고객센터 AI 도입");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_proposal_with_consortium_members_is_stored_with_them() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalFormView.class);
        fillTheRequiredFields("컨소시엄 과제");
        _click(_get(Button.class, spec -> spec.withId("consortium-add")));
        _click(_get(Button.class, spec -> spec.withId("consortium-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("consortium-0-name")), "주관 대학교");
        Select<SizeClass> leadSize = _get(Select.class, spec -> spec.withId("consortium-0-sizeClass"));
        _setValue(leadSize, SizeClass.SME);
        assertThat(leadSize.getItemLabelGenerator().apply(SizeClass.SME)).isEqualTo(SizeClass.SME.korean());
        _setValue(_get(TextField.class, spec -> spec.withId("consortium-1-name")), "참여 스타트업");
        _setValue(_get(Select.class, spec -> spec.withId("consortium-1-sizeClass")), SizeClass.SME);
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        ProposalDetail stored = review.proposal(shownProposalId());
        ProposalDetail.Block block = stored.blocks().stream()
                .filter(b -> b.titleKey().equals("block.consortium")).findFirst().orElseThrow();
        assertThat(block.lines()).extracting(ProposalDetail.Line::value).containsExactly(
                List.of("주관 대학교", SizeClass.SME, ConsortiumRole.LEAD),
                List.of("참여 스타트업", SizeClass.SME, ConsortiumRole.MEMBER));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_consortium_member_without_a_name_gets_the_message_on_that_members_name() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalFormView.class);
        fillTheRequiredFields("이름 없는 참여기관");
        _click(_get(Button.class, spec -> spec.withId("consortium-add")));
        _setValue(_get(Select.class, spec -> spec.withId("consortium-0-sizeClass")), SizeClass.SME);

        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        TextField name = _get(TextField.class, spec -> spec.withId("consortium-0-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("필수 항목입니다");
        assertThat(_get(TextField.class, spec -> spec.withId("field-title")).isInvalid()).isFalse();
        assertThat(_get(ProposalFormView.class)).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static void fillTheRequiredFields(String title) {
        _setValue(_get(TextField.class, spec -> spec.withId("field-title")), title);
        _setValue(_get(TextArea.class, spec -> spec.withId("field-text")), "공동 연구 제안");
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("field-categories")), Set.of(Category.AI_ADOPTION));
        _setValue(_get(ComboBox.class, spec -> spec.withId("field-stage")), Stage.COMMERCIAL);
        _setValue(_get(TextField.class, spec -> spec.withId("field-company-name")), title + " 주식회사");
        _setValue(_get(ComboBox.class, spec -> spec.withId("field-company-sizeClass")), SizeClass.SME);
        _setValue(_get(ComboBox.class, spec -> spec.withId("field-company-region")), Region.NON_CAPITAL);
    }

    /** The officer lands on proposals/{id} after saving. */
    private static long shownProposalId() {
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).startsWith("proposals/");
        return Long.parseLong(path.substring("proposals/".length()));
    }

    /** Part of ProposalModelCoverageTest's promise: the form walks the schema, so every field has its widget. */
    @Test
    void the_form_has_a_widget_for_every_field_of_the_schema() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate(ProposalFormView.class);

        var schema = kr.oneteam.domain.proposal.ProposalSchema.standard();
        for (var field : schema.allFields()) {
            String top = field.path().contains(".") ? field.path().substring(0, field.path().indexOf('.')) : field.path();
            var kind = field.kind();
            if (kind == kr.oneteam.domain.proposal.ProposalField.Kind.BLOCK
                    || schema.field(top).kind() == kr.oneteam.domain.proposal.ProposalField.Kind.ITEMS) {
                continue;   // blocks are sections; the consortium's members have their own editor
            }
            String id = "field-" + field.path().replace('.', '-');
            assertThat(_get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getId()).hasValue(id);
        }
    }
}
