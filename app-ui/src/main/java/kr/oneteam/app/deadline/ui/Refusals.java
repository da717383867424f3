package kr.oneteam.app.deadline.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import java.util.function.BiFunction;
import kr.oneteam.app.review.ReviewRefused;

/**
 * Shows a service's refusal at the field it names ({@code event.field.endsOn} → the last-day picker) and in a
 * notification, so the admin sees which field to correct; fields not named are cleared of old errors.
 */
final class Refusals {

    private Refusals() {
    }

    static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    static void show(ReviewRefused refused, Map<String, ? extends HasValidation> fields,
                     BiFunction<String, Object[], String> translate) {
        clear(fields);
        String message = translate.apply(refused.messageKey(), refused.arguments());
        HasValidation field = fields.get(refused.messageKey());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
