package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** Adds a programme the rules did not propose, with the officer's reason (an override). Fires {@link OverrideRequested}. */
class OverrideForm extends HorizontalLayout {

    private final ComboBox<String> programme = new ComboBox<>();
    private final TextField reason = new TextField();

    OverrideForm(List<String> programmeCodes) {
        setId("override-form");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        programme.setId("override-programme");
        programme.setLabel(getTranslation("override.programme"));
        programme.setItems(programmeCodes);
        reason.setId("override-reason");
        reason.setLabel(getTranslation("override.reason"));
        reason.setWidth("28em");
        reason.setMaxLength(2000);
        Button add = new Button(getTranslation("override.add"), click -> fireEvent(
                new OverrideRequested(this, programme.getValue(), reason.getValue())));
        add.setId("override-add");
        add(programme, reason, add);
    }

    void showReasonError(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }

    Registration addOverrideListener(ComponentEventListener<OverrideRequested> listener) {
        return addListener(OverrideRequested.class, listener);
    }

    static class OverrideRequested extends ComponentEvent<OverrideForm> {
        private final String programme;
        private final String reason;

        OverrideRequested(OverrideForm source, String programme, String reason) {
            super(source, true);
            this.programme = programme;
            this.reason = reason;
        }

        String programme() {
            return programme;
        }

        String reason() {
            return reason;
        }
    }
}
