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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Set;
import kr.oneteam.app.review.ui.ProposalView;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.Stage;
import org.junit.jupiter.api.Test;

class ProposalFormViewTest extends KaribuSpringTest {

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
}
