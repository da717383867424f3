package kr.oneteam.app.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import kr.oneteam.app.workspace.WorkspaceRefused;

/** Workspace messages: a refusal in the user's language (its key and arguments), or a plain success. */
final class Notices {

    private Notices() {
    }

    static Notification refused(Component where, WorkspaceRefused e) {
        Notification n = Notification.show(where.getTranslation(e.key(), e.args()), 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    static Notification done(Component where, String key, Object... args) {
        Notification n = Notification.show(where.getTranslation(key, args), 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }
}
