package kr.oneteam.app.briefing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import kr.oneteam.app.briefing.Briefing;
import kr.oneteam.app.briefing.BriefingPdf;
import kr.oneteam.app.briefing.BriefingScopes;
import kr.oneteam.app.briefing.BriefingService;
import kr.oneteam.app.briefing.BriefingText;
import kr.oneteam.app.dashboard.BacklogItem;
import kr.oneteam.app.dashboard.DashboardScope;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;

/**
 * 보고서: the briefing for the scope in the address (an event, or dates), one line per company's ask, then the
 * backlog themes; prints without the menu (insight.css) and downloads as a PDF with Korean embedded. Every text from
 * proposals is set as text.
 */
@Route(value = "briefing", layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
@StyleSheet("context://styles/insight.css")
public class BriefingView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final transient BriefingService briefings;
    private String title = "";

    public BriefingView(BriefingService briefings) {
        this.briefings = briefings;
        setId("briefing");
        addClassNames("insight", "briefing");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DashboardScope scope = BriefingScopes.read(event.getLocation().getQueryParameters().getParameters());
        removeAll();
        Briefing briefing;
        try {
            briefing = briefings.briefing(scope);
        } catch (ReviewRefused refused) {
            add(new Paragraph(getTranslation(refused.messageKey(), refused.arguments())));
            return;
        }
        title = getTranslation("briefing.heading", briefing.title(getLocale()));
        H2 heading = new H2(title);
        heading.setId("briefing-title");
        Paragraph meta = new Paragraph(getTranslation("briefing.meta", Formats.number(briefing.total()),
                Formats.dateTime(briefing.madeAt())));
        add(heading, meta, tools(briefing));
        if (briefing.truncated()) {
            add(new Paragraph(getTranslation("briefing.truncated", BriefingService.MAX_LINES)));
        }
        add(lines(briefing), backlog(briefing));
    }

    private Div tools(Briefing briefing) {
        byte[][] pdf = new byte[1][];
        StreamResource resource = new StreamResource("briefing.pdf", () -> {
            if (pdf[0] == null) {
                pdf[0] = BriefingPdf.render(briefing, getLocale(), this::getTranslation);
            }
            return new ByteArrayInputStream(pdf[0]);
        });
        resource.setContentType("application/pdf");
        Anchor download = new Anchor(resource, getTranslation("briefing.pdf"));
        download.setId("briefing-pdf");
        download.getElement().setAttribute("download", true);
        Button print = new Button(getTranslation("briefing.print"), e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("briefing-print");
        Div tools = new Div(download, print);
        tools.addClassNames("insight-filters", "no-print");
        return tools;
    }

    private UnorderedList lines(Briefing briefing) {
        UnorderedList list = new UnorderedList();
        list.setId("briefing-lines");
        for (Briefing.Line line : briefing.lines()) {
            ListItem item = new ListItem();
            item.addClassName("briefing-line");
            Anchor company = new Anchor("proposals/" + line.proposalId(), line.company());
            Div ask = new Div();
            ask.setText(line.ask() + " · " + line.categories().stream().map(c -> c.label(getLocale()))
                    .collect(Collectors.joining(", ")));
            item.add(company, ask,
                    labelled("briefing.col.recommended", BriefingText.recommended(line, getLocale())),
                    labelled("briefing.col.decided", BriefingText.decided(line, getLocale())),
                    labelled("briefing.col.reply", line.reply() == null ? getTranslation("briefing.noReply") : line.reply()),
                    labelled("briefing.col.followUps", BriefingText.followUps(line)));
            list.add(item);
        }
        if (briefing.lines().isEmpty()) {
            list.add(new ListItem(getTranslation("briefing.empty")));
        }
        return list;
    }

    private Div labelled(String key, String value) {
        Div div = new Div();
        div.setText(getTranslation(key) + ": " + value);
        div.getStyle().set("white-space", "pre-line");
        return div;
    }

    private Div backlog(Briefing briefing) {
        UnorderedList list = new UnorderedList();
        list.setId("briefing-backlog");
        for (BacklogItem item : briefing.backlog()) {
            list.add(new ListItem(item.text() + " — " + getTranslation("briefing.backlog.line", item.companies(),
                    item.proposals()) + " (" + item.rule() + ")"));
        }
        if (briefing.backlog().isEmpty()) {
            list.add(new ListItem("—"));
        }
        return new Div(new H3(getTranslation("briefing.backlog")), list);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("briefing.title") : title;
    }

}
