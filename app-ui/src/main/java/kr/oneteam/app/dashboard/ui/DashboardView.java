package kr.oneteam.app.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.oneteam.app.briefing.BriefingScopes;
import kr.oneteam.app.dashboard.Dashboard;
import kr.oneteam.app.dashboard.DashboardScope;
import kr.oneteam.app.dashboard.DashboardService;
import kr.oneteam.app.event.EventLine;
import kr.oneteam.app.event.IntakeEvents;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;
import kr.oneteam.domain.vocabulary.Channel;

/**
 * 현황: where things stand for a scope (dates, an event, a programme) — proposals by category, programme and
 * eligibility, size and region, week and reply deadline; the policy backlog; follow-ups; capacity; which rules
 * officers overrule. Each chart is drawn on the server as SVG beside the table of its numbers; a bar or a number
 * opens the queue filtered to exactly what it counts. The scope lives in the address ({@code dashboard?event=1
 * &programme=P01}, the briefing's parameters, {@link BriefingScopes}) so a view can be bookmarked and shared; as in
 * the queue (decision record 082) a value that is not ours — an unknown event or programme, a bad date — is dropped.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
@StyleSheet("context://styles/insight.css")
public class DashboardView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final transient DashboardService dashboards;
    private final List<ProgrammeCapacity> catalogue;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<EventLine> event = new ComboBox<>();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final ComboBox<String> programme = new ComboBox<>();
    private final Paragraph summary = new Paragraph();
    private final Div figures = new Div();
    private final Anchor briefing = new Anchor("briefing", "");
    private final List<EventLine> eventLines;
    /** While the address is shown in the fields, their change events do not query or write the address. */
    private boolean restoring;

    public DashboardView(DashboardService dashboards, IntakeEvents events, ProgrammeService programmes) {
        this.dashboards = dashboards;
        this.catalogue = programmes.catalogue();
        setId("dashboard");
        addClassName("insight");
        this.eventLines = events.all();
        configureFilters(eventLines);
        summary.setId("dashboard-summary");
        figures.addClassName("insight-figures");
        add(new H2(getTranslation("dashboard.title")), filterBar(), summary, figures);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent enter) {
        DashboardScope read = BriefingScopes.read(enter.getLocation().getQueryParameters().getParameters());
        restoring = true;
        try {
            EventLine named = read.eventId() == null ? null
                    : eventLines.stream().filter(e -> e.id() == read.eventId()).findFirst().orElse(null);
            event.setValue(named);
            boolean byDays = named == null;
            from.setValue(byDays ? read.from() : null);
            to.setValue(byDays ? read.to() : null);
            channel.setValue(byDays ? read.channel() : null);
            String code = read.programme();
            programme.setValue(code != null && catalogue.stream().anyMatch(p -> p.code().equals(code)) ? code : null);
        } finally {
            restoring = false;
        }
        refresh();
    }

    private void configureFilters(List<EventLine> eventLines) {
        from.setId("dashboard-from");
        from.setLabel(getTranslation("dashboard.filter.from"));
        to.setId("dashboard-to");
        to.setLabel(getTranslation("dashboard.filter.to"));
        event.setId("dashboard-event");
        event.setLabel(getTranslation("dashboard.filter.event"));
        event.setItems(eventLines);
        event.setItemLabelGenerator(e -> e.name(getLocale()));
        event.setClearButtonVisible(true);
        channel.setId("dashboard-channel");
        channel.setLabel(getTranslation("dashboard.filter.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> c.label(getLocale()));
        channel.setClearButtonVisible(true);
        programme.setId("dashboard-programme");
        programme.setLabel(getTranslation("dashboard.filter.programme"));
        programme.setItems(catalogue.stream().map(ProgrammeCapacity::code).toList());
        programme.setItemLabelGenerator(code -> catalogue.stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> code + " " + p.name(getLocale())).orElse(code));
        programme.setClearButtonVisible(true);
        // An event stands for its own channel and days: choosing one clears them, and they clear the event.
        event.addValueChangeListener(e -> {
            if (!restoring && e.getValue() != null) {
                restoring = true;
                try {
                    from.clear();
                    to.clear();
                    channel.clear();
                } finally {
                    restoring = false;
                }
            }
            changed();
        });
        from.addValueChangeListener(e -> daysChanged());
        to.addValueChangeListener(e -> daysChanged());
        channel.addValueChangeListener(e -> daysChanged());
        programme.addValueChangeListener(e -> changed());
    }

    private void daysChanged() {
        if (!restoring && event.getValue() != null) {
            restoring = true;
            try {
                event.clear();
            } finally {
                restoring = false;
            }
        }
        changed();
    }

    /** The user changed a filter: count again and write the scope into the address (replaced, not pushed). */
    private void changed() {
        if (restoring) {
            return;
        }
        refresh();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, currentLocation()));
    }

    /** Where the user is, as the address shows it ({@code dashboard?event=1&programme=P01}). */
    Location currentLocation() {
        return new Location("dashboard", query(scope()));
    }

    private FlexLayout filterBar() {
        Button clear = new Button(getTranslation("dashboard.filter.clear"), e -> {
            restoring = true;
            try {
                event.clear();
                from.clear();
                to.clear();
                channel.clear();
                programme.clear();
            } finally {
                restoring = false;
            }
            changed();
        });
        clear.setId("dashboard-clear");
        briefing.setText(getTranslation("dashboard.briefing"));
        briefing.setId("dashboard-briefing");
        FlexLayout bar = new FlexLayout(event, from, to, channel, programme, clear, briefing);
        bar.addClassName("insight-filters");
        return bar;
    }

    DashboardScope scope() {
        if (event.getValue() != null) {
            return new DashboardScope(null, null, null, event.getValue().id(), programme.getValue());
        }
        return new DashboardScope(from.getValue(), to.getValue(), channel.getValue(), null, programme.getValue());
    }

    private void refresh() {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("dashboard.filter.order"));
            return;
        }
        to.setInvalid(false);
        Dashboard dashboard;
        try {
            dashboard = dashboards.dashboard(scope());
        } catch (ReviewRefused refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        summary.setText(getTranslation("dashboard.summary", Formats.number(dashboard.proposals()),
                Formats.date(dashboard.today())));
        briefing.setHref(briefingHref(scope()));
        figures.removeAll();
        Figures built = new Figures(getLocale(), this::getTranslation, catalogue);
        built.all(dashboard).forEach(figures::add);
    }

    /** {@code briefing?event=1}: the briefing of what the dashboard shows. */
    private static String briefingHref(DashboardScope scope) {
        String query = query(scope).getQueryString();
        return query.isEmpty() ? "briefing" : "briefing?" + query;
    }

    private static QueryParameters query(DashboardScope scope) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        BriefingScopes.write(scope).forEach((name, value) -> parameters.put(name, List.of(value)));
        return new QueryParameters(parameters);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
