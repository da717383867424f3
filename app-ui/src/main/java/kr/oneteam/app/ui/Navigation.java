package kr.oneteam.app.ui;

import java.util.List;

/**
 * The menu, in the order officers use it. The layout shows an entry only if the user may open its view.
 * Entries name routes, not view classes: the shell must not depend on the features it lists, whose views
 * depend on the shell (their {@code @Route(layout = MainLayout.class)}); ArchitectureTest keeps that cycle out.
 */
final class Navigation {

    record Entry(String id, String labelKey, String route) {
    }

    private Navigation() {
    }

    static List<Entry> entries() {
        return List.of(
                new Entry("queue", "nav.queue", "queue"),
                new Entry("dashboard", "nav.dashboard", "dashboard"),
                new Entry("follow-ups", "nav.followUps", "follow-ups"),
                new Entry("briefing", "nav.briefing", "briefing"),
                new Entry("register", "nav.register", "register"),
                new Entry("import", "nav.import", "import"),
                new Entry("programmes", "nav.programmes", "programmes"),
                new Entry("deadlines", "nav.deadlines", "deadlines"),
                new Entry("rules", "nav.rules", "rules"),
                new Entry("accounts", "nav.accounts", "accounts"));
    }
}
