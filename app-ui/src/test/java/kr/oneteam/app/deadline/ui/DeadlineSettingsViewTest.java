package kr.oneteam.app.deadline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import kr.oneteam.app.deadline.ReplyDeadlines;
import kr.oneteam.app.deadline.ReplyDeadlines.ProgrammeDeadline;
import kr.oneteam.app.event.EventLine;
import kr.oneteam.app.event.IntakeEvents;
import kr.oneteam.app.queue.ui.QueueView;
import kr.oneteam.app.ui.testing.KaribuSpringTest;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.SandboxTrack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** 기한·행사 관리: an admin lists, adds and changes reply deadlines and events; bad input names its field. */
class DeadlineSettingsViewTest extends KaribuSpringTest {

    @Autowired
    ReplyDeadlines deadlines;
    @Autowired
    IntakeEvents events;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_sets_a_programmes_reply_deadline_and_a_bad_number_names_the_field_and_stores_nothing() {
        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(DeadlineSettingsView.class);
        long audits = audits("DEADLINE P03");

        _setValue(programmeBox(), programme("P03"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("deadline-programme-days")), 21);
        _click(_get(Button.class, spec -> spec.withId("deadline-programme-save")));

        assertThat(programme("P03").days()).isEqualTo(21);
        assertThat(GridKt._getFormatted(programmesGrid(), rowOf("P03"), "days")).isEqualTo("21일");
        assertThat(audits("DEADLINE P03")).isEqualTo(audits + 1);

        IntegerField days = _get(IntegerField.class, spec -> spec.withId("deadline-programme-days"));
        _setValue(days, 0);
        _click(_get(Button.class, spec -> spec.withId("deadline-programme-save")));
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).contains("회신 기한");
        assertThat(programme("P03").days()).isEqualTo(21);
        assertThat(audits("DEADLINE P03")).isEqualTo(audits + 1);

        // Blank removes the deadline again (and leaves the shared database as the other tests expect it).
        _setValue(days, null);
        _click(_get(Button.class, spec -> spec.withId("deadline-programme-save")));
        assertThat(programme("P03").days()).isNull();
        assertThat(days.isInvalid()).isFalse();
    }

    @Test
    void an_admin_changes_a_tracks_deadline_and_an_empty_basis_is_refused_at_the_basis_field() {
        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(DeadlineSettingsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<SandboxTrack> track = _get(ComboBox.class, spec -> spec.withId("deadline-track"));
        IntegerField days = _get(IntegerField.class, spec -> spec.withId("deadline-track-days"));
        TextField basis = _get(TextField.class, spec -> spec.withId("deadline-track-basis"));

        long audits = audits("DEADLINE DEMONSTRATION");
        _setValue(track, SandboxTrack.DEMONSTRATION);
        _setValue(days, 60);
        _setValue(basis, " ");
        _click(_get(Button.class, spec -> spec.withId("deadline-track-save")));
        assertThat(basis.isInvalid()).isTrue();
        assertThat(basis.getErrorMessage()).startsWith("근거");
        assertThat(deadlines.trackDeadlines()).noneMatch(t -> t.track() == SandboxTrack.DEMONSTRATION);

        _setValue(days, 400);
        _setValue(basis, "정보통신융합법 시행령");
        _click(_get(Button.class, spec -> spec.withId("deadline-track-save")));
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).startsWith("회신 기한(일)");

        _setValue(days, 60);
        _click(_get(Button.class, spec -> spec.withId("deadline-track-save")));
        assertThat(deadlines.trackDeadlines()).anyMatch(t -> t.track() == SandboxTrack.DEMONSTRATION && t.days() == 60
                && t.basis().equals("정보통신융합법 시행령"));
        assertThat(audits("DEADLINE DEMONSTRATION")).isEqualTo(audits + 1);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("deadline-tracks")))).isEqualTo(2);

        _setValue(days, null);
        _click(_get(Button.class, spec -> spec.withId("deadline-track-save")));
        assertThat(deadlines.trackDeadlines()).noneMatch(t -> t.track() == SandboxTrack.DEMONSTRATION);
    }

    @Test
    void an_admin_adds_an_event_changes_it_and_each_bad_field_is_named() {
        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(DeadlineSettingsView.class);
        TextField code = _get(TextField.class, spec -> spec.withId("event-code"));
        TextField nameKo = _get(TextField.class, spec -> spec.withId("event-name-ko"));
        DatePicker starts = _get(DatePicker.class, spec -> spec.withId("event-starts"));
        DatePicker ends = _get(DatePicker.class, spec -> spec.withId("event-ends"));
        Button save = _get(Button.class, spec -> spec.withId("event-save"));

        _setValue(code, "간담회 2026");
        _setValue(nameKo, "AI 반도체 간담회");
        _setValue(starts, LocalDate.of(2026, 3, 5));
        _setValue(ends, LocalDate.of(2026, 3, 5));
        _click(save);
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("행사 코드");

        _setValue(code, "CHIPS-2026-03");
        _setValue(ends, LocalDate.of(2026, 3, 4));
        _click(save);
        assertThat(code.isInvalid()).isFalse();
        assertThat(ends.isInvalid()).isTrue();
        assertThat(ends.getErrorMessage()).startsWith("마지막 날");
        assertThat(events.all()).noneMatch(e -> e.code().equals("CHIPS-2026-03"));

        _setValue(ends, LocalDate.of(2026, 3, 6));
        _setValue(_get(ComboBox.class, spec -> spec.withId("event-channel")), Channel.MEETING);
        _click(save);
        EventLine added = event("CHIPS-2026-03");
        assertThat(added.nameEn()).isEqualTo("AI 반도체 간담회");
        assertThat(added.channel()).isEqualTo(Channel.MEETING);
        assertThat(audits("EVENT CHIPS-2026-03")).isEqualTo(1);

        @SuppressWarnings("unchecked")
        Grid<EventLine> grid = _get(Grid.class, spec -> spec.withId("event-grid"));
        grid.asSingleSelect().setValue(added);
        assertThat(code.isReadOnly()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("event-name-en")), "AI chip round table");
        _setValue(nameKo, "");
        _click(save);
        assertThat(nameKo.getErrorMessage()).startsWith("행사 이름(한국어)");
        assertThat(event("CHIPS-2026-03").nameEn()).isEqualTo("AI 반도체 간담회");

        _setValue(nameKo, "AI 반도체 수요 간담회");
        _click(save);
        EventLine changed = event("CHIPS-2026-03");
        assertThat(changed.nameKo()).isEqualTo("AI 반도체 수요 간담회");
        assertThat(changed.nameEn()).isEqualTo("AI chip round table");
        assertThat(changed.id()).isEqualTo(added.id());
        assertThat(jdbc.queryForObject("select before_state from audit_entry where action = 'EVENT CHIPS-2026-03'"
                + " and before_state is not null", String.class)).startsWith("AI 반도체 간담회");
    }

    @Test
    void the_screen_speaks_english() {
        signInAs("admin", "ADMIN");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(DeadlineSettingsView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Reply deadlines and events");
        assertThat(_get(IntegerField.class, spec -> spec.withId("deadline-programme-days")).getLabel())
                .isEqualTo("Reply deadline (days)");
        assertThat(GridKt._getFormatted(programmesGrid(), 0, "days")).isIn("No deadline", "30 days");
    }

    @Test
    void only_an_admin_sees_and_reaches_the_screen_and_the_services_refuse_the_others() {
        signInAs("admin", "ADMIN");
        EventLine kosa = events.all().stream().filter(e -> e.code().equals("KOSA-2025-07-08")).findFirst().orElseThrow();
        for (String role : new String[] {"OFFICER", "ANALYST"}) {
            signInAs(role.toLowerCase(Locale.ROOT), role);
            UI.getCurrent().navigate(QueueView.class);
            _assertNone(SideNavItem.class, spec -> spec.withId("nav-deadlines"));
            UI.getCurrent().navigate("deadlines");
            Object shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
            assertThat(shown).isNotInstanceOf(DeadlineSettingsView.class);
            assertThatThrownBy(() -> deadlines.changeProgrammeDays("P01", 5)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> deadlines.changeTrackDays(SandboxTrack.PLANNED, 5, "x"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> events.change(kosa.id(), kosa.version(), "x", "x", null, kosa.startsOn(),
                    kosa.endsOn())).isInstanceOf(AccessDeniedException.class);
        }
        signInAs("admin", "ADMIN");
        UI.getCurrent().navigate(QueueView.class);
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-deadlines")).getLabel()).isEqualTo("기한·행사 관리");
    }

    private static int rowOf(String code) {
        Grid<ProgrammeDeadline> grid = programmesGrid();
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code + " not in the grid");
    }

    private ProgrammeDeadline programme(String code) {
        return deadlines.programmeDeadlines().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private EventLine event(String code) {
        return events.all().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    private long audits(String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ?", Long.class, action);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ProgrammeDeadline> programmeBox() {
        return _get(ComboBox.class, spec -> spec.withId("deadline-programme"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProgrammeDeadline> programmesGrid() {
        return _get(Grid.class, spec -> spec.withId("deadline-programmes"));
    }
}
