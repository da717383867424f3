package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.review.Officer;
import kr.oneteam.app.review.ProposalDetail;
import kr.oneteam.app.security.CurrentUser;

/**
 * The case in one line above both panes: the title, status, company, when it came in, who has it, what it
 * waits for next, and the case-wide actions (assign, close or reopen, the keyboard help). Calls back; knows
 * no service.
 */
class CaseHeader extends Div {

    /** What the header's buttons ask for; the view runs them through the service. */
    record Actions(Consumer<String> assign, Runnable close, Runnable reopen, Runnable help) {
    }

    CaseHeader(ProposalDetail detail, boolean canDecide, List<Officer> officers, Actions actions) {
        setId("case-header");
        addClassName("case-header");
        H2 title = new H2(detail.title());
        title.setId("proposal-title");
        title.addClassName("case-title");
        Div facts = new Div();
        facts.addClassName("case-facts");
        Span status = new Span(detail.status().label(getLocale()));
        status.setId("proposal-status");
        status.getElement().getThemeList().add("badge");
        Span meta = new Span(detail.company().name() + " · " + Formats.dateTime(detail.receivedAt())
                + (detail.externalRef() == null ? "" : " · " + detail.externalRef()));
        meta.setId("proposal-meta");
        Span assignee = new Span(detail.assignee() == null ? getTranslation("assign.nobody")
                : getTranslation("assign.current", detail.assignee()));
        assignee.setId("proposal-assignee");
        facts.add(status, meta, assignee);
        Span next = new Span(nextStep(detail));
        next.setId("next-step");
        next.addClassName("next-step");
        Div tools = new Div();
        tools.addClassName("case-tools");
        if (canDecide) {
            if (detail.isOpen()) {
                tools.add(assignControls(detail, officers, actions.assign()));
            }
            Button closeOrReopen = detail.isOpen()
                    ? new Button(getTranslation("detail.close"), click -> actions.close().run())
                    : new Button(getTranslation("detail.reopen"), click -> actions.reopen().run());
            closeOrReopen.setId(detail.isOpen() ? "proposal-close" : "proposal-reopen");
            closeOrReopen.addThemeVariants(ButtonVariant.LUMO_SMALL);
            tools.add(closeOrReopen);
        }
        Button help = new Button(getTranslation("keys.open"), click -> actions.help().run());
        help.setId("shortcuts-open");
        help.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        tools.add(help);
        add(title, facts, next, tools);
    }

    private Div assignControls(ProposalDetail detail, List<Officer> officers, Consumer<String> assign) {
        Div box = new Div();
        box.addClassName("assign");
        String me = CurrentUser.username().orElse(null);
        if (me != null && !me.equals(detail.assignee())) {
            Button take = new Button(getTranslation("assign.me"), click -> assign.accept(me));
            take.setId("assign-me");
            take.addThemeVariants(ButtonVariant.LUMO_SMALL);
            box.add(take);
        }
        ComboBox<Officer> officer = new ComboBox<>();
        officer.setId("assign-officer");
        officer.setAriaLabel(getTranslation("assign.to"));
        officer.setPlaceholder(getTranslation("assign.to"));
        officer.setItems(officers);
        officer.setItemLabelGenerator(Officer::label);
        officer.addThemeName("small");
        officer.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                assign.accept(change.getValue().username());
            }
        });
        box.add(officer);
        if (detail.assignee() != null) {
            Button release = new Button(getTranslation("assign.release"), click -> assign.accept(null));
            release.setId("assign-release");
            release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            box.add(release);
        }
        return box;
    }

    private String nextStep(ProposalDetail detail) {
        Locale locale = getLocale();
        Object[] arguments = detail.nextStep().arguments().stream()
                .map(a -> a instanceof java.time.LocalDate d ? Formats.date(d) : a).toArray();
        return getTranslation("next.label") + ": " + getTranslation(locale, detail.nextStep().key(), arguments);
    }
}
