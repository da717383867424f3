package kr.oneteam.app.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import kr.oneteam.app.followup.CalendarFeeds;
import kr.oneteam.app.followup.DueItem;
import kr.oneteam.app.followup.MyDueDates;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;

/**
 * 내 후속조치: the signed-in officer's open follow-ups by due date (overdue stand out), each linking to its proposal;
 * below, their calendar feed — make a new address (shown once; the old one stops), or switch the feed off.
 */
@Route(value = "follow-ups", layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
public class MyFollowUpsView extends VerticalLayout implements HasDynamicTitle {

    private final transient MyDueDates dueDates;
    private final transient CalendarFeeds feeds;
    private final Grid<DueItem> grid = new Grid<>();
    private final Paragraph feedStatus = new Paragraph();
    private final TextField feedAddress = new TextField();

    public MyFollowUpsView(MyDueDates dueDates, CalendarFeeds feeds) {
        this.dueDates = dueDates;
        this.feeds = feeds;
        setId("my-follow-ups");
        configureGrid();
        add(new H2(getTranslation("followUps.title")), grid, feedSection());
        grid.setItems(dueDates.myFollowUps());
        showFeedStatus();
    }

    private void configureGrid() {
        grid.setId("my-follow-ups-grid");
        LocalDate today = dueDates.today();
        grid.addComponentColumn(item -> due(item, today)).setHeader(getTranslation("followUps.col.due")).setAutoWidth(true);
        grid.addColumn(DueItem::action).setHeader(getTranslation("followUps.col.action")).setFlexGrow(2);
        grid.addColumn(DueItem::company).setHeader(getTranslation("followUps.col.company")).setFlexGrow(1);
        grid.addComponentColumn(item -> new Anchor("proposals/" + item.proposalId(), item.title()))
                .setHeader(getTranslation("followUps.col.proposal")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("followUps.empty"));
    }

    private Span due(DueItem item, LocalDate today) {
        Span due = new Span(Formats.date(item.due()));
        if (item.isOverdue(today)) {
            due.setText(Formats.date(item.due()) + " · " + getTranslation("followUps.overdue"));
            due.getElement().getThemeList().add("badge error primary");
        }
        return due;
    }

    private VerticalLayout feedSection() {
        feedAddress.setId("feed-address");
        feedAddress.setLabel(getTranslation("feed.address"));
        feedAddress.setReadOnly(true);
        feedAddress.setWidthFull();
        feedAddress.setVisible(false);
        feedStatus.setId("feed-status");
        Button issue = new Button(getTranslation("feed.issue"), e -> issueFeed());
        issue.setId("feed-issue");
        Button revoke = new Button(getTranslation("feed.revoke"), e -> revokeFeed());
        revoke.setId("feed-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("feed.title")),
                new Paragraph(getTranslation("feed.explain")), feedStatus, feedAddress, new HorizontalLayout(issue, revoke));
        section.setPadding(false);
        return section;
    }

    private void issueFeed() {
        String secret = feeds.issue();
        feedAddress.setValue(baseUrl() + "calendar/" + secret + ".ics");
        feedAddress.setVisible(true);
        showFeedStatus();
        Notification.show(getTranslation("feed.issued"));
    }

    private void revokeFeed() {
        feedAddress.clear();
        feedAddress.setVisible(false);
        boolean revoked = feeds.revoke();
        showFeedStatus();
        Notification.show(getTranslation(revoked ? "feed.revoked" : "feed.none"));
    }

    private void showFeedStatus() {
        feedStatus.setText(feeds.current()
                .map(t -> getTranslation("feed.active", t.prefix(), Formats.dateTime(t.createdAt()),
                        t.lastUsedAt() == null ? "—" : Formats.dateTime(t.lastUsedAt())))
                .orElse(getTranslation("feed.none")));
    }

    /** This server's address as the browser reached it, so the feed's address works where the officer is. */
    private static String baseUrl() {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "/";
        }
        HttpServletRequest request = current.getHttpServletRequest();
        String port = (request.getScheme().equals("http") && request.getServerPort() == 80)
                || (request.getScheme().equals("https") && request.getServerPort() == 443) ? "" : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port + request.getContextPath() + "/";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followUps.title");
    }
}
