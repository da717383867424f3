package kr.oneteam.app.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import kr.oneteam.app.account.ui.AccountsView;
import kr.oneteam.app.programme.ui.ProgrammesView;
import kr.oneteam.app.queue.ui.QueueView;
import kr.oneteam.app.registration.ui.ProposalFormView;

/** The menu, in the order officers use it. The layout shows an entry only if the user may open its view. */
final class Navigation {

    record Entry(String id, String labelKey, Class<? extends Component> view) {
    }

    private Navigation() {
    }

    static List<Entry> entries() {
        return List.of(
                new Entry("queue", "nav.queue", QueueView.class),
                new Entry("register", "nav.register", ProposalFormView.class),
                new Entry("programmes", "nav.programmes", ProgrammesView.class),
                new Entry("accounts", "nav.accounts", AccountsView.class));
    }
}
