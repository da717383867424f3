package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import java.util.List;

/**
 * The keyboard of the decisions: Vaadin server-side shortcuts listened on the recommendations panel only,
 * so single keys work while the focus is in the panel and never elsewhere (WCAG 2.1.4, character key
 * shortcuts: active only on focus). Typing in a comment does not trigger them (see {@link #typingStaysInField}).
 * The same table feeds the help overlay, so what is shown is what is bound.
 */
final class DecisionKeys {

    /** One binding: the keys, the UI message key of what it does, and the panel's action. */
    record Binding(List<Key> keys, KeyModifier modifier, String shown, String labelKey, Runnable action) {
    }

    private DecisionKeys() {
    }

    static List<Binding> bindings(RecommendationsPanel panel, Runnable help) {
        return List.of(
                new Binding(List.of(Key.KEY_J, Key.ARROW_DOWN), null, "J / ↓", "keys.next", panel::next),
                new Binding(List.of(Key.KEY_K, Key.ARROW_UP), null, "K / ↑", "keys.previous", panel::previous),
                new Binding(List.of(Key.KEY_A), null, "A", "keys.accept", () -> panel.act(RecommendationRow.Action.ACCEPT)),
                new Binding(List.of(Key.KEY_D), null, "D", "keys.decline", panel::declineCurrent),
                new Binding(List.of(Key.KEY_C), null, "C", "keys.comment", panel::commentCurrent),
                new Binding(List.of(Key.KEY_U), null, "U", "keys.undo", () -> panel.act(RecommendationRow.Action.REOPEN)),
                new Binding(List.of(Key.KEY_R), null, "R", "keys.reasons", panel::toggleReasonsOfCurrent),
                new Binding(List.of(Key.of("?")), KeyModifier.SHIFT, "?", "keys.help", help));
    }

    /** Binds every key of {@link #bindings} on {@code panel}. */
    static void bind(RecommendationsPanel panel, Runnable help) {
        for (Binding binding : bindings(panel, help)) {
            for (Key key : binding.keys()) {
                var registration = binding.modifier() == null
                        ? Shortcuts.addShortcutListener(panel, binding.action()::run, key)
                        : Shortcuts.addShortcutListener(panel, binding.action()::run, key, binding.modifier());
                registration.listenOn(panel);
            }
        }
        // "?" without Shift as well: on some keyboard layouts it has no Shift.
        Shortcuts.addShortcutListener(panel, help::run, Key.of("?")).listenOn(panel);
    }

    /**
     * Keys typed into {@code field} stay there: its keydown does not bubble up to the panel's shortcuts, so
     * writing "Data" in a comment does not decline. The filter runs in the browser and never calls the server.
     */
    static void typingStaysInField(Component field) {
        field.getElement().addEventListener("keydown", event -> { })
                .setFilter("event.stopPropagation() && false");
    }
}
