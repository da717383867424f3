package kr.oneteam.app.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import kr.oneteam.app.dashboard.DashboardScope;
import kr.oneteam.app.dashboard.DashboardService;
import kr.oneteam.app.event.EventLine;
import kr.oneteam.app.event.IntakeEvents;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.domain.vocabulary.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 현황 keeps its scope in the address: a dashboard view can be bookmarked and shared (decision record 082's way). */
class DashboardPlaceTest extends KaribuSpringTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    IntakeEvents events;

    @Test
    void an_event_and_a_programme_in_the_address_are_shown_in_the_filters_and_counted() {
        signInAs("officer", "OFFICER");
        EventLine kosa = kosa();

        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("event", String.valueOf(kosa.id()),
                "programme", "P01")));

        assertThat(_get(ComboBox.class, spec -> spec.withId("dashboard-event")).getValue()).isEqualTo(kosa);
        assertThat(_get(ComboBox.class, spec -> spec.withId("dashboard-programme")).getValue()).isEqualTo("P01");
        long expected = dashboards.dashboard(new DashboardScope(null, null, null, kosa.id(), "P01")).proposals();
        assertThat(summary()).startsWith("제안 " + Formats.number(expected) + "건");
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-briefing")).getHref())
                .isEqualTo("briefing?event=" + kosa.id() + "&programme=P01");
        assertThat(_get(DashboardView.class).currentLocation().getPathWithQueryParameters())
                .isEqualTo("dashboard?event=" + kosa.id() + "&programme=P01");
    }

    @Test
    void what_the_user_sets_is_written_to_the_address_and_a_fresh_screen_from_it_shows_the_same() {
        fixtures.gpuProposal("현황주소 주식회사", "주소 GPU 요청", "본문", 1);
        signInAs("analyst", "ANALYST");
        UI.getCurrent().navigate(DashboardView.class);
        var today = Formats.todayInSeoul();
        _setValue(_get(DatePicker.class, spec -> spec.withId("dashboard-from")), today.minusDays(3));
        _setValue(_get(DatePicker.class, spec -> spec.withId("dashboard-to")), today);
        _setValue(_get(ComboBox.class, spec -> spec.withId("dashboard-channel")), Channel.MEETING);
        _setValue(_get(ComboBox.class, spec -> spec.withId("dashboard-programme")), "P01");
        String shown = summary();

        String url = _get(DashboardView.class).currentLocation().getPathWithQueryParameters();
        assertThat(new Location(url).getQueryParameters().getParameters()).isEqualTo(Map.of(
                "from", java.util.List.of(today.minusDays(3).toString()), "to", java.util.List.of(today.toString()),
                "channel", java.util.List.of("MEETING"), "programme", java.util.List.of("P01")));

        // A reload, or the link sent to a colleague: a new UI that knows only the address.
        signInAs("officer", "OFFICER");
        Location link = new Location(url);
        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
        assertThat(_get(DatePicker.class, spec -> spec.withId("dashboard-from")).getValue()).isEqualTo(today.minusDays(3));
        assertThat(_get(DatePicker.class, spec -> spec.withId("dashboard-to")).getValue()).isEqualTo(today);
        assertThat(_get(ComboBox.class, spec -> spec.withId("dashboard-channel")).getValue()).isEqualTo(Channel.MEETING);
        assertThat(summary()).isEqualTo(shown);
        long expected = dashboards.dashboard(new DashboardScope(today.minusDays(3), today, Channel.MEETING, null, "P01"))
                .proposals();
        assertThat(expected).isPositive();
        assertThat(shown).startsWith("제안 " + Formats.number(expected) + "건");
    }

    @Test
    void choosing_an_event_replaces_the_days_and_channel_in_the_address() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("from", "2025-07-01", "channel", "API")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("dashboard-from")).getValue()).hasToString("2025-07-01");

        _setValue(_get(ComboBox.class, spec -> spec.withId("dashboard-event")), kosa());

        assertThat(_get(DashboardView.class).currentLocation().getPathWithQueryParameters())
                .isEqualTo("dashboard?event=" + kosa().id());
        assertThat(_get(ComboBox.class, spec -> spec.withId("dashboard-channel")).getValue()).isNull();
    }

    @Test
    void values_in_the_address_that_are_not_ours_are_dropped_and_the_whole_dashboard_shows() {
        signInAs("officer", "OFFICER");
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("event", "99999999", "programme", "P99",
                "from", "yesterday", "to", "<script>", "channel", "FAX';--")));

        assertThat(_get(ComboBox.class, spec -> spec.withId("dashboard-event")).getValue()).isNull();
        assertThat(_get(ComboBox.class, spec -> spec.withId("dashboard-programme")).getValue()).isNull();
        assertThat(_get(ComboBox.class, spec -> spec.withId("dashboard-channel")).getValue()).isNull();
        assertThat(_get(DatePicker.class, spec -> spec.withId("dashboard-from")).getValue()).isNull();
        long all = dashboards.dashboard(DashboardScope.all()).proposals();
        assertThat(summary()).startsWith("제안 " + Formats.number(all) + "건");
        assertThat(_get(DashboardView.class).currentLocation().getPathWithQueryParameters()).isEqualTo("dashboard");
    }

    private EventLine kosa() {
        return events.all().stream().filter(e -> e.code().equals("KOSA-2025-07-08")).findFirst().orElseThrow();
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("dashboard-summary")).getText();
    }
}
