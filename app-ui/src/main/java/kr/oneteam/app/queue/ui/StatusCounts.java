package kr.oneteam.app.queue.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.domain.vocabulary.ProposalStatus;

/** One small button per status with its count ("검토 대기 12"); clicking it filters the queue to that status. */
class StatusCounts extends HorizontalLayout {

    StatusCounts() {
        setId("status-counts");
        setSpacing(true);
        getStyle().set("flex-wrap", "wrap");
    }

    void show(Map<ProposalStatus, Long> counts) {
        removeAll();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        add(button("all", getTranslation("queue.count.all", Formats.number(total)), null));
        for (ProposalStatus status : ProposalStatus.values()) {
            long count = counts.getOrDefault(status, 0L);
            add(button(status.name(), status.label(getLocale()) + " " + Formats.number(count), status));
        }
    }

    private Button button(String id, String text, ProposalStatus status) {
        Button button = new Button(text, click -> fireEvent(new StatusChosen(this, status)));
        button.setId("count-" + id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    Registration addStatusChosenListener(ComponentEventListener<StatusChosen> listener) {
        return addListener(StatusChosen.class, listener);
    }

    static class StatusChosen extends ComponentEvent<StatusCounts> {
        private final ProposalStatus status;

        StatusChosen(StatusCounts source, ProposalStatus status) {
            super(source, true);
            this.status = status;
        }

        ProposalStatus status() {
            return status;
        }
    }
}
