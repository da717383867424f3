package kr.oneteam.app.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;

/**
 * 비밀번호 변경: the current password (left out when an ADMIN resets someone else's), the new one twice. Fires
 * {@link PasswordChosen}; whoever opened it calls the service and says {@link #refused} or closes it.
 */
public class PasswordDialog extends Dialog {

    private final PasswordField current = new PasswordField();
    private final PasswordField chosen = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final boolean askCurrent;

    public PasswordDialog(String title, boolean askCurrent) {
        this.askCurrent = askCurrent;
        setHeaderTitle(title);
        setId("password-dialog");
        current.setId("password-current");
        current.setLabel(getTranslation("password.current"));
        chosen.setId("password-new");
        chosen.setLabel(getTranslation("password.new"));
        repeated.setId("password-repeat");
        repeated.setLabel(getTranslation("password.repeat"));
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (askCurrent) {
            fields.add(current);
        }
        fields.add(chosen, repeated);
        add(fields);
        Button save = new Button(getTranslation("password.save"), click -> choose());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("password.cancel"), click -> close());
        cancel.setId("password-cancel");
        getFooter().add(cancel, save);
    }

    private void choose() {
        current.setInvalid(false);
        repeated.setInvalid(false);
        fireEvent(new PasswordChosen(this, askCurrent ? current.getValue() : null, chosen.getValue(), repeated.getValue()));
    }

    /** Shows the service's reason on the field it is about, and keeps the dialog open. */
    public void refused(String messageKey, String message) {
        PasswordField field = switch (messageKey) {
            case "password.wrongCurrent", "password.throttled" -> askCurrent ? current : chosen;
            case "password.mismatch" -> repeated;
            default -> chosen;
        };
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    public Registration addPasswordChosenListener(ComponentEventListener<PasswordChosen> listener) {
        return addListener(PasswordChosen.class, listener);
    }

    /** The passwords as typed; never logged, never kept. */
    public static class PasswordChosen extends ComponentEvent<PasswordDialog> {
        private final String current;
        private final String chosen;
        private final String repeated;

        PasswordChosen(PasswordDialog source, String current, String chosen, String repeated) {
            super(source, true);
            this.current = current;
            this.chosen = chosen;
            this.repeated = repeated;
        }

        public String current() {
            return current;
        }

        public String chosen() {
            return chosen;
        }

        public String repeated() {
            return repeated;
        }
    }
}
