package kr.oneteam.app.registration.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.oneteam.app.registration.ProposalRegistration;
import kr.oneteam.app.registration.RegistrationRejected;
import kr.oneteam.app.review.ui.ProposalView;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;

/**
 * 제안 등록: an officer types in a proposal received at a meeting or by letter. The same validation and
 * routing as the API; on success the officer lands on the new proposal with its recommendations.
 */
@Route(value = "register", layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ProposalFormView extends VerticalLayout implements HasDynamicTitle {

    private final transient ProposalRegistration registration;
    private final ProposalEntryForm form = new ProposalEntryForm();

    public ProposalFormView(ProposalRegistration registration) {
        this.registration = registration;
        form.addSubmitListener(this::register);
        add(new H2(getTranslation("register.title")), form);
    }

    private void register(ProposalEntryForm.SubmitProposal event) {
        try {
            long id = registration.register(event.json(), getLocale());
            getUI().ifPresent(ui -> ui.navigate(ProposalView.class, id));
            Notification.show(getTranslation("register.saved"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RegistrationRejected rejected) {
            form.showErrors(rejected.messagesByPath());
            Notification.show(getTranslation("register.invalid"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
