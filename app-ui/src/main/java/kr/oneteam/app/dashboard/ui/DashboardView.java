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
import com.vaadin.flow.router.HasDynamicTitle;
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

/**
 * 현황: where things stand for a scope (dates, an event, a programme) — proposals by category, programme and
 * eligibility, size and region, week and reply deadline; the policy backlog; follow-ups; capacity; which rules
 * officers overrule. Each chart is drawn on the server as SVG beside the table of its numbers; a bar or a number
 * opens the queue filtered to exactly what it counts.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
@StyleSheet("context://styles/insight.css")
public class DashboardView extends Div implements HasDynamicTitle {

    private final transient DashboardService dashboards;
    private final List<ProgrammeCapacity> catalogue;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<EventLine> event = new ComboBox<>();
    private final ComboBox<String> programme = new ComboBox<>();
    private final Paragraph summary = new Paragraph();
    private final Div figures = new Div();
    private final Anchor briefing = new Anchor("briefing", "");

    public DashboardView(DashboardService dashboards, IntakeEvents events, ProgrammeService programmes) {
        this.dashboards = dashboards;
        this.catalogue = programmes.catalogue();
        setId("dashboard");
        addClassName("insight");
        configureFilters(events.all());
        summary.setId("dashboard-summary");
        figures.addClassName("insight-figures");
        add(new H2(getTranslation("dashboard.title")), filterBar(), summary, figures);
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
        programme.setId("dashboard-programme");
        programme.setLabel(getTranslation("dashboard.filter.programme"));
        programme.setItems(catalogue.stream().map(ProgrammeCapacity::code).toList());
        programme.setItemLabelGenerator(code -> catalogue.stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> code + " " + p.name(getLocale())).orElse(code));
        programme.setClearButtonVisible(true);
        // An event stands for its own days: choosing one clears the dates, and dates clear the event.
        event.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                from.clear();
                to.clear();
            }
            refresh();
        });
        from.addValueChangeListener(e -> datesChanged(e.isFromClient()));
        to.addValueChangeListener(e -> datesChanged(e.isFromClient()));
        programme.addValueChangeListener(e -> refresh());
    }

    private void datesChanged(boolean byUser) {
        if (byUser && event.getValue() != null) {
            event.clear();
        }
        refresh();
    }

    private FlexLayout filterBar() {
        Button clear = new Button(getTranslation("dashboard.filter.clear"), e -> {
            event.clear();
            from.clear();
            to.clear();
            programme.clear();
        });
        clear.setId("dashboard-clear");
        briefing.setText(getTranslation("dashboard.briefing"));
        briefing.setId("dashboard-briefing");
        FlexLayout bar = new FlexLayout(event, from, to, programme, clear, briefing);
        bar.addClassName("insight-filters");
        return bar;
    }

    private DashboardScope scope() {
        if (event.getValue() != null) {
            return new DashboardScope(null, null, null, event.getValue().id(), programme.getValue());
        }
        return new DashboardScope(from.getValue(), to.getValue(), null, null, programme.getValue());
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
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        BriefingScopes.write(scope).forEach((name, value) -> parameters.put(name, List.of(value)));
        String query = new QueryParameters(parameters).getQueryString();
        return query.isEmpty() ? "briefing" : "briefing?" + query;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
