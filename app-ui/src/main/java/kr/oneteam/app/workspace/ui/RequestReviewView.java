package kr.oneteam.app.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.impact.ImpactSimulation;
import kr.oneteam.app.impact.ui.ImpactPanel;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.app.security.Roles;
import kr.oneteam.app.ui.MainLayout;
import kr.oneteam.app.workspace.Publishing;
import kr.oneteam.app.workspace.RequestView;
import kr.oneteam.app.workspace.WorkspaceRefused;

/**
 * One publication request: what it asks (draft or rollback), who asked, the note and effective time, the
 * file-by-file diff against the version active now, the impact simulation's summary, and — for anyone but
 * its author — approve or send back with a comment. The author may withdraw it.
 */
@Route(value = "rules/requests", layout = MainLayout.class)
@RolesAllowed({Roles.ANALYST, Roles.ADMIN})
public class RequestReviewView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient Publishing publishing;
    private final transient ImpactSimulation simulation;
    private final DiffPanel diff = new DiffPanel("request-diff");
    private RequestView request;

    public RequestReviewView(Publishing publishing, ImpactSimulation simulation) {
        this.publishing = publishing;
        this.simulation = simulation;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long requestId) {
        try {
            request = publishing.requestOf(requestId);
        } catch (WorkspaceRefused e) {
            removeAll();
            Span missing = new Span(getTranslation(e.key(), e.args()));
            missing.setId("request-missing");
            add(missing, new RouterLink(getTranslation("workspace.back"), RulesView.class));
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        add(new RouterLink(getTranslation("workspace.back"), RulesView.class),
                new H2(getTranslation("workspace.request.title", request.id())), summary());
        add(new H3(getTranslation("workspace.diff")), diff);
        diff.show(publishing.diffOf(request.id()));
        add(new H3(getTranslation("workspace.impact.summary")), impactSummary());
        if (request.pending()) {
            long id = request.id();
            add(new ImpactPanel(simulation, () -> publishing.filesOf(id)));
        }
        if (request.pending()) {
            add(decision());
        }
    }

    private Div summary() {
        Div box = new Div();
        box.setId("request-summary");
        box.add(line("workspace.request.status", getTranslation("workspace.request.status." + request.status()),
                "request-status"));
        box.add(line("workspace.request.what", request.draftName() != null ? request.draftName()
                : getTranslation("workspace.request.rollbackTo", request.rollbackTo()), "request-what"));
        box.add(line("workspace.request.by", request.requestedBy(), "request-by"));
        box.add(line("workspace.request.at", Formats.dateTime(request.requestedAt()), "request-at"));
        box.add(line("workspace.request.note", request.note(), "request-note-text"));
        box.add(line("workspace.request.effective", request.effectiveAt() == null
                ? getTranslation("workspace.request.atOnce") : Formats.dateTime(request.effectiveAt()), "request-effective-text"));
        box.add(line("workspace.active.rules", String.valueOf(request.ruleCount()), "request-rules"));
        box.add(line("workspace.active.version", request.hash(), "request-hash"));
        if (request.decidedBy() != null) {
            box.add(line("workspace.request.decidedBy", request.decidedBy() + " · " + Formats.dateTime(request.decidedAt()),
                    "request-decided-by"));
        }
        if (request.comment() != null) {
            box.add(line("workspace.request.comment", request.comment(), "request-comment-text"));
        }
        if (request.publishedVersionId() != null) {
            box.add(line("workspace.request.published", "#" + request.publishedVersionId(), "request-published"));
        }
        return box;
    }

    /** What the author's simulation of exactly these files said, or that there was none. */
    private Div impactSummary() {
        Div box = new Div();
        box.setId("request-impact-summary");
        if (request.impactSummary().isEmpty()) {
            box.add(new Span(getTranslation("workspace.impact.none")));
        } else {
            request.impactSummary().forEach(line -> box.add(new Div(new Span(line))));
        }
        return box;
    }

    private Div line(String key, String value, String id) {
        Div line = new Div();
        Span label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(value);
        text.setId(id);
        line.add(label, text);
        return line;
    }

    private VerticalLayout decision() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        String me = CurrentUser.username().orElse("");
        if (request.requestedBy().equals(me)) {
            Span own = new Span(getTranslation("workspace.request.own"));
            own.setId("request-own");
            Button withdraw = new Button(getTranslation("workspace.request.withdraw"), click -> act(() ->
                    publishing.withdraw(request.id())));
            withdraw.setId("request-withdraw");
            box.add(own, withdraw);
            return box;
        }
        TextArea comment = new TextArea(getTranslation("workspace.request.comment"));
        comment.setId("request-comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);
        Button approve = new Button(getTranslation("workspace.request.approve"), click -> act(() ->
                publishing.approve(request.id())));
        approve.setId("request-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button sendBack = new Button(getTranslation("workspace.request.sendBack"), click -> act(() ->
                publishing.sendBack(request.id(), comment.getValue())));
        sendBack.setId("request-send-back");
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(approve, sendBack);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        box.add(comment, buttons);
        return box;
    }

    private void act(java.util.function.Supplier<RequestView> action) {
        try {
            request = action.get();
            Notices.done(this, "workspace.request.status." + request.status());
            build();
        } catch (WorkspaceRefused e) {
            Notices.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return request == null ? getTranslation("workspace.title") : getTranslation("workspace.request.title", request.id());
    }
}
