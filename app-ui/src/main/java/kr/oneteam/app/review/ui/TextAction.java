package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

/**
 * A text and a button: the question of a request for information, or the reply (회신) to the company.
 * Fires {@link Submitted}; knows no service.
 */
class TextAction extends Div {

    private final TextArea text = new TextArea();

    TextAction(String id, String labelKey, String buttonKey, String current) {
        setId(id);
        text.setId(id + "-text");
        text.setLabel(getTranslation(labelKey));
        text.setWidthFull();
        text.setMaxLength(20_000);
        if (current != null) {
            text.setValue(current);
        }
        Button submit = new Button(getTranslation(buttonKey), click -> fireEvent(new Submitted(this, text.getValue())));
        submit.setId(id + "-submit");
        add(text, submit);
    }

    void showError(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }

    Registration addSubmitListener(ComponentEventListener<Submitted> listener) {
        return addListener(Submitted.class, listener);
    }

    static class Submitted extends ComponentEvent<TextAction> {
        private final String text;

        Submitted(TextAction source, String text) {
            super(source, true);
            this.text = text;
        }

        String text() {
            return text;
        }
    }
}
