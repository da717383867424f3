package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.review.RecommendationLine;
import kr.oneteam.domain.vocabulary.DecisionOutcome;

/**
 * One recommendation: programme, eligibility, score, allocation, each reason with its rule id, flags and
 * ruleset version; the decision once made. Officers get a comment and accept/decline/reopen buttons. Fires
 * {@link DecisionRequested}; knows no service.
 */
class RecommendationCard extends Div {

    enum Action { ACCEPT, DECLINE, REOPEN }

    private final RecommendationLine recommendation;
    private final TextArea comment = new TextArea();

    RecommendationCard(RecommendationLine recommendation, boolean canDecide) {
        this.recommendation = recommendation;
        String code = recommendation.programme();
        setId("rec-" + code);
        addClassName("recommendation");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
        add(heading(), reasons());
        if (!recommendation.flags().isEmpty()) {
            add(flags());
        }
        Span ruleset = new Span(getTranslation("rec.ruleset", String.valueOf(recommendation.rulesetVersion())));
        ruleset.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(new Div(ruleset));
        if (recommendation.isDecided()) {
            add(decision());
        }
        if (canDecide) {
            add(actions(code));
        }
    }

    private HorizontalLayout heading() {
        Span programme = new Span(recommendation.programme() + " " + recommendation.programmeName(getLocale()));
        programme.getStyle().set("font-weight", "600");
        Span eligibility = new Span(recommendation.eligibility().label(getLocale()));
        eligibility.getElement().getThemeList().add("badge " + switch (recommendation.eligibility()) {
            case ELIGIBLE -> "success";
            case CONDITIONAL -> "contrast";
            case INELIGIBLE -> "error";
        });
        Span score = new Span(getTranslation("rec.score", recommendation.score()));
        score.setId("score-" + recommendation.programme());
        HorizontalLayout heading = new HorizontalLayout(programme, eligibility, score);
        if (recommendation.allocation() != null) {
            Span allocation = new Span(allocationText(recommendation.allocation()));
            allocation.setId("allocation-" + recommendation.programme());
            heading.add(allocation);
        }
        if (recommendation.override()) {
            Span override = new Span(getTranslation("rec.override"));
            override.getElement().getThemeList().add("badge");
            heading.add(override);
        }
        heading.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return heading;
    }

    String allocationText(RecommendationLine.Allocation allocation) {
        if (allocation.krw() != null) {
            return Formats.krw(allocation.krw());
        }
        String text = getTranslation("rec.allocation.gpu", allocation.gpus(), allocation.months());
        return allocation.selfPayPercent() == null ? text
                : text + " · " + getTranslation("rec.allocation.selfPay", Formats.percent(allocation.selfPayPercent()));
    }

    private UnorderedList reasons() {
        UnorderedList list = new UnorderedList();
        list.addClassName("reasons");
        recommendation.reasons().forEach(reason -> list.add(new ListItem(reason.rule() + " — " + reason.text())));
        return list;
    }

    private Div flags() {
        Div flags = new Div();
        recommendation.flags().forEach(flag -> {
            Span badge = new Span(flag);
            badge.getElement().getThemeList().add("badge contrast small");
            badge.getStyle().set("margin-right", "var(--lumo-space-xs)");
            flags.add(badge);
        });
        return flags;
    }

    private Div decision() {
        String outcome = recommendation.outcome().label(getLocale());
        Span text = new Span(getTranslation("rec.decided", outcome, recommendation.decidedBy(),
                Formats.dateTime(recommendation.decidedAt())));
        text.setId("decision-" + recommendation.programme());
        text.getElement().getThemeList().add(recommendation.outcome() == DecisionOutcome.ACCEPTED ? "badge success" : "badge error");
        Div box = new Div(text);
        if (recommendation.comment() != null && !recommendation.comment().isBlank()) {
            box.add(new Div(new Span(getTranslation("rec.comment") + ": " + recommendation.comment())));
        }
        return box;
    }

    private Div actions(String code) {
        if (recommendation.isDecided()) {
            Button reopen = new Button(getTranslation("rec.reopen"), click -> fire(Action.REOPEN));
            reopen.setId("reopen-" + code);
            reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return new Div(reopen);
        }
        comment.setId("comment-" + code);
        comment.setLabel(getTranslation("rec.comment"));
        comment.setWidthFull();
        comment.setMaxLength(2000);
        Button accept = new Button(getTranslation("rec.accept"), click -> fire(Action.ACCEPT));
        accept.setId("accept-" + code);
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button decline = new Button(getTranslation("rec.decline"), click -> fire(Action.DECLINE));
        decline.setId("decline-" + code);
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return new Div(comment, new HorizontalLayout(accept, decline));
    }

    private void fire(Action action) {
        comment.setInvalid(false);
        fireEvent(new DecisionRequested(this, action, comment.getValue()));
    }

    /** The service refused the decision for a reason about the comment: show it on the field. */
    void showCommentError(String message) {
        comment.setErrorMessage(message);
        comment.setInvalid(true);
    }

    RecommendationLine recommendation() {
        return recommendation;
    }

    Registration addDecisionListener(ComponentEventListener<DecisionRequested> listener) {
        return addListener(DecisionRequested.class, listener);
    }

    static class DecisionRequested extends ComponentEvent<RecommendationCard> {
        private final Action action;
        private final String comment;

        DecisionRequested(RecommendationCard source, Action action, String comment) {
            super(source, true);
            this.action = action;
            this.comment = comment;
        }

        Action action() {
            return action;
        }

        String comment() {
            return comment;
        }
    }
}
