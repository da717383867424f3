package kr.oneteam.app.queue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.review.ProposalDetail;
import kr.oneteam.app.review.RecommendationLine;

/**
 * Beside the grid: the proposal the officer is on, enough to walk the queue without leaving it — title,
 * company, status, who has it, what is next, the recommendations with their decisions, and the ask's first
 * lines. "열기" opens the whole case. Text from the proposal is set as text, never HTML.
 */
class QueuePreview extends Aside {

    private static final int TEXT_PREVIEW = 400;

    QueuePreview() {
        setId("queue-preview");
        addClassName("queue-preview");
        getElement().setAttribute("aria-label", getTranslation("queue.preview"));
        getElement().setAttribute("aria-live", "polite");
        empty();
    }

    void empty() {
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("queue.preview.hint"));
        hint.setId("preview-hint");
        hint.addClassName("secondary");
        add(hint);
    }

    void show(ProposalDetail detail, Runnable open) {
        removeAll();
        Locale locale = getLocale();
        H3 title = new H3(detail.title());
        title.setId("preview-title");
        Span company = new Span(detail.company().name() + " · " + detail.company().sizeClass().label(locale) + " · "
                + detail.company().region().label(locale));
        company.setId("preview-company");
        Span status = new Span(detail.status().label(locale));
        status.getElement().getThemeList().add("badge");
        Span received = new Span(Formats.dateTime(detail.receivedAt()) + " · " + getTranslation("queue.preview.eligible",
                detail.recommendations().stream().filter(r -> r.isDecidable() && !r.isBacklog()).count()));
        received.addClassName("secondary");
        Span assignee = new Span(detail.assignee() == null ? getTranslation("assign.nobody")
                : getTranslation("assign.current", detail.assignee()));
        assignee.setId("preview-assignee");
        Paragraph facts = new Paragraph(status, new Span(" "), received, new Span(" · "), assignee);
        UnorderedList recommendations = new UnorderedList();
        recommendations.setId("preview-recommendations");
        if (detail.recommendations().isEmpty()) {
            recommendations.add(new ListItem(getTranslation(detail.routingFailure() == null ? "queue.unclassified"
                    : "queue.preview.failed")));
        }
        for (RecommendationLine r : detail.recommendations()) {
            String decided = r.isDecided() ? " — " + r.outcome().label(locale) : "";
            recommendations.add(new ListItem(r.programme() + " " + r.programmeName(locale) + " · "
                    + r.eligibility().label(locale) + decided));
        }
        String text = detail.text().length() <= TEXT_PREVIEW ? detail.text()
                : detail.text().substring(0, TEXT_PREVIEW - 1) + "…";
        Paragraph ask = new Paragraph();
        ask.setText(text);
        ask.setId("preview-text");
        ask.addClassName("proposal-text");
        Button openCase = new Button(getTranslation("queue.preview.open"), click -> open.run());
        openCase.setId("preview-open");
        openCase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add(title, company, facts, recommendations, ask, openCase);
    }
}
