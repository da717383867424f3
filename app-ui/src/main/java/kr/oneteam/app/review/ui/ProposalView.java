package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.app.programme.ProgrammeService;
import kr.oneteam.app.review.Officer;
import kr.oneteam.app.review.ProposalDetail;
import kr.oneteam.app.review.ReviewService;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;
import kr.oneteam.app.whatif.WhatIfService;
import kr.oneteam.app.whatif.ui.WhatIfSection;

/**
 * One case on one screen: the header (who, what, status, who has it, what is next) over two panes, the
 * proposal in the company's words beside the recommendations and decisions, then the exchange, follow-ups
 * and the timeline. Narrow screens get tabs instead of panes (desk.css). Every action goes through
 * {@link ReviewService} with the version the officer saw ({@link CaseActions}).
 */
@Route(value = "proposals", layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.ANALYST, Roles.ADMIN})
@StyleSheet("context://styles/desk.css")
public class ProposalView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final List<String> TABS = List.of("proposal", "decisions", "progress");

    private final transient ReviewService review;
    private final transient ProgrammeService programmes;
    private final transient WhatIfService whatIf;
    private final CaseActions actions;
    private ProposalDetail proposal;
    private RecommendationsPanel recommendations;
    private String shownTab = "decisions";
    private ShortcutHelp help;

    public ProposalView(ReviewService review, ProgrammeService programmes, WhatIfService whatIf) {
        this.review = review;
        this.programmes = programmes;
        this.whatIf = whatIf;
        this.actions = new CaseActions(this, review);
        setId("case");
        addClassName("case");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(review.proposal(id));
    }

    ProposalDetail proposal() {
        return proposal;
    }

    RecommendationsPanel recommendations() {
        return recommendations;
    }

    /** Draws the case; called again with the fresh snapshot after every action. */
    void show(ProposalDetail detail) {
        this.proposal = detail;
        boolean canDecide = CurrentUser.canDecide() && detail.isOpen();
        List<Officer> officers = CurrentUser.canDecide() ? review.officers() : List.of();
        removeAll();
        add(new CaseHeader(detail, CurrentUser.canDecide(), officers,
                new CaseHeader.Actions(actions::assign, actions::close, actions::reopen, this::openHelp)));
        add(tabs());
        Div left = column("detail.tab.proposal", new ProposalPane(detail));
        Div right = column("detail.tab.decisions", decisions(detail, canDecide), progress(detail, canDecide));
        Div panes = new Div(left, right);
        panes.setId("case-panes");
        panes.addClassName("case-panes");
        add(panes);
        showTab(shownTab);
    }

    /** A column scrolls on its own on wide screens; focusable so the keyboard can scroll it too (WCAG 2.1.1). */
    private Div column(String labelKey, com.vaadin.flow.component.Component... panes) {
        Div column = new Div(panes);
        column.addClassName("case-column");
        column.getElement().setAttribute("tabindex", "0");
        column.getElement().setAttribute("role", "region");
        column.getElement().setAttribute("aria-label", getTranslation(labelKey));
        return column;
    }

    private Tabs tabs() {
        Tabs tabs = new Tabs();
        tabs.setId("case-tabs");
        tabs.addClassName("case-tabs");
        for (String key : TABS) {
            Tab tab = new Tab(getTranslation("detail.tab." + key));
            tab.setId("tab-" + key);
            tabs.add(tab);
        }
        tabs.setSelectedIndex(TABS.indexOf(shownTab));
        tabs.addSelectedChangeListener(change -> showTab(TABS.get(tabs.getSelectedIndex())));
        return tabs;
    }

    /** On narrow screens only the chosen pane shows (desk.css); wide screens show all and hide the tabs. */
    void showTab(String key) {
        shownTab = key;
        TABS.forEach(tab -> removeClassName("show-" + tab));
        addClassName("show-" + key);
    }

    private Section decisions(ProposalDetail detail, boolean canDecide) {
        Section pane = pane("decisions", "detail.recommendations");
        if (detail.ruleset() != null) {
            Span ruleset = new Span(getTranslation("detail.ruleset", detail.ruleset().label(),
                    detail.ruleset().publishedAt() == null ? "—" : Formats.dateTime(detail.ruleset().publishedAt())));
            ruleset.setId("ruleset-version");
            ruleset.addClassName("secondary");
            pane.add(ruleset);
        }
        if (detail.routingFailure() != null) {
            Paragraph failure = new Paragraph(getTranslation("detail.routingFailure", detail.routingFailure()));
            failure.setId("routing-failure");
            failure.addClassName("routing-failure");
            failure.getElement().setAttribute("role", "note");
            pane.add(failure);
        }
        recommendations = new RecommendationsPanel(detail.recommendations(), canDecide, actions::decide);
        DecisionKeys.bind(recommendations, this::openHelp);
        pane.add(recommendations);
        if (canDecide) {
            Details addProgramme = new Details(getTranslation("override.open"));
            addProgramme.setId("override");
            // The form (and the catalogue it lists) is made when first opened: most cases never need it.
            addProgramme.addOpenedChangeListener(change -> {
                if (change.isOpened() && addProgramme.getContent().findAny().isEmpty()) {
                    OverrideForm override = new OverrideForm(
                            programmes.catalogue().stream().map(ProgrammeCapacity::code).toList());
                    override.addOverrideListener(event -> actions.addOverride(event.programme(), event.reason(), override));
                    addProgramme.add(override);
                }
            });
            // Opened where the rules found nothing: adding a programme is then the officer's first move.
            addProgramme.setOpened(detail.isUnclassified());
            pane.add(addProgramme);
        }
        // What would make the other programmes eligible (h-whatif): worked out when opened.
        pane.add(new WhatIfSection(whatIf, programmes, detail.id()));
        return pane;
    }

    private Section progress(ProposalDetail detail, boolean canDecide) {
        Section pane = pane("progress", "detail.communication");
        pane.add(new CommunicationPanel(detail, canDecide,
                new CommunicationPanel.Actions(actions::requestInfo, actions::receiveInfo, actions::reply)));
        pane.add(new H3(getTranslation("detail.followUps")));
        FollowUpsPanel followUps = new FollowUpsPanel(detail.followUps(), canDecide);
        followUps.addAddedListener(event -> actions.addFollowUp(event.action(), event.owner(), event.due()));
        followUps.addCompletedListener(event -> actions.completeFollowUp(event.followUpId()));
        pane.add(followUps);
        pane.add(new H3(getTranslation("detail.history")), new TimelinePanel(detail.timeline()));
        return pane;
    }

    private Section pane(String key, String titleKey) {
        Section pane = new Section();
        pane.setId("pane-" + key);
        pane.addClassNames("case-pane", "pane-" + key);
        H3 title = new H3(getTranslation(titleKey));
        title.setId("pane-" + key + "-title");
        pane.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        pane.add(title);
        return pane;
    }

    /** Opens the keyboard help (the header's button or "?"), once: pressing "?" again leaves it open. */
    void openHelp() {
        if (help == null || !help.isOpened()) {
            help = new ShortcutHelp(DecisionKeys.bindings(recommendations, () -> { }));
            help.open();
        }
    }

    @Override
    public String getPageTitle() {
        return proposal == null ? getTranslation("detail.title") : proposal.title();
    }
}
