package kr.oneteam.app.deadline.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.oneteam.app.deadline.ReplyDeadlines;
import kr.oneteam.app.event.IntakeEvents;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;

/**
 * 기한·행사 관리 (ADMIN): reply deadlines per programme and per sandbox track (decision record 100) and the intake
 * events the dashboard and the briefing filter by (101). Every change goes through the services, which check the
 * role again and write the audit log ({@code DEADLINE …}, {@code EVENT …}).
 */
@Route(value = "deadlines", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class DeadlineSettingsView extends VerticalLayout implements HasDynamicTitle {

    public DeadlineSettingsView(ReplyDeadlines deadlines, IntakeEvents events) {
        setId("deadline-settings");
        add(new H2(getTranslation("deadlineAdmin.title")), new Paragraph(getTranslation("deadlineAdmin.intro")),
                new ProgrammeDeadlinesPanel(deadlines), new TrackDeadlinesPanel(deadlines), new EventsPanel(events));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deadlineAdmin.title");
    }
}
