package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.review.RecommendationLine;
import kr.oneteam.domain.vocabulary.DecisionOutcome;

/**
 * One recommendation as one compact row: programme, eligibility, score, allocation, the decision once made,
 * accept and decline; the first reason in one line and every reason (rule id, text in the user's language,
 * flags, ruleset) on demand. The comment field opens when the officer asks for it or declines without one.
 * The row is focusable, so the keyboard moves between rows (see {@link DecisionKeys}). Fires events only.
 */
class RecommendationRow extends Div {

    enum Action { ACCEPT, DECLINE, REOPEN }

    private final RecommendationLine recommendation;
    private final boolean canDecide;
    /** Made when first needed: most rows are decided without one, and a case of 16 stays light to draw. */
    private TextArea comment;
    private NativeDetails reasons;

    RecommendationRow(RecommendationLine recommendation, boolean canDecide) {
        this.recommendation = recommendation;
        this.canDecide = canDecide;
        String code = recommendation.programme();
        setId("rec-" + code);
        addClassNames("rec-row", "rec-" + recommendation.eligibility().name().toLowerCase(Locale.ROOT));
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", summary());
        getElement().addEventListener("focusin", e -> fireEvent(new Focused(this)));
        add(mainLine(code), reasons());
    }

    private String summary() {
        return recommendation.programme() + " " + recommendation.programmeName(getLocale()) + ", "
                + recommendation.eligibility().label(getLocale()) + ", "
                + getTranslation("rec.score", recommendation.score())
                + (recommendation.isDecided() ? ", " + recommendation.outcome().label(getLocale()) : "");
    }

    private Div mainLine(String code) {
        Div line = new Div();
        line.addClassName("rec-main");
        Span programme = new Span(code + " " + recommendation.programmeName(getLocale()));
        programme.addClassName("rec-programme");
        Span eligibility = new Span(recommendation.eligibility().label(getLocale()));
        eligibility.getElement().getThemeList().add("badge " + switch (recommendation.eligibility()) {
            case ELIGIBLE -> "success";
            case CONDITIONAL -> "contrast";
            case INELIGIBLE -> "error";
        });
        Span score = new Span(getTranslation("rec.score", recommendation.score()));
        score.setId("score-" + code);
        score.addClassName("secondary");
        line.add(programme, eligibility, score);
        if (recommendation.allocation() != null) {
            Span allocation = new Span(allocationText(recommendation.allocation()));
            allocation.setId("allocation-" + code);
            line.add(allocation);
        }
        if (recommendation.override()) {
            Span override = new Span(getTranslation("rec.override"));
            override.getElement().getThemeList().add("badge");
            line.add(override);
        }
        if (recommendation.isDecided()) {
            line.add(decision(code));
        }
        if (canDecide) {
            line.add(actions(code));
        }
        return line;
    }

    String allocationText(RecommendationLine.Allocation allocation) {
        if (allocation.krw() != null) {
            return Formats.krw(allocation.krw());
        }
        String text = getTranslation("rec.allocation.gpu", allocation.gpus(), allocation.months());
        return allocation.selfPayPercent() == null ? text
                : text + " · " + getTranslation("rec.allocation.selfPay", Formats.percent(allocation.selfPayPercent()));
    }

    private Span decision(String code) {
        String outcome = recommendation.outcome().label(getLocale());
        Span text = new Span(getTranslation("rec.decided", outcome, recommendation.decidedBy(),
                Formats.dateTime(recommendation.decidedAt())));
        text.setId("decision-" + code);
        text.getElement().getThemeList().add(recommendation.outcome() == DecisionOutcome.ACCEPTED
                ? "badge success primary" : "badge error primary");
        if (recommendation.comment() != null && !recommendation.comment().isBlank()) {
            text.setTitle(recommendation.comment());
            text.setText(text.getText() + " · " + recommendation.comment());
        }
        return text;
    }

    private Div actions(String code) {
        Div actions = new Div();
        actions.addClassName("rec-actions");
        if (recommendation.isDecided()) {
            Button reopen = button(getTranslation("rec.reopen"), "reopen-" + code, Action.REOPEN);
            reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(reopen);
            return actions;
        }
        Button accept = button(getTranslation("rec.accept"), "accept-" + code, Action.ACCEPT);
        accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button decline = button(getTranslation("rec.decline"), "decline-" + code, Action.DECLINE);
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        Button note = new Button(getTranslation("rec.comment.open"), click -> openComment());
        note.setId("comment-open-" + code);
        note.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        note.getElement().setAttribute("aria-label", getTranslation("rec.comment.openFor", code));
        actions.add(accept, decline, note);
        return actions;
    }

    private Button button(String text, String id, Action action) {
        Button button = new Button(text, click -> fire(action));
        button.setId(id);
        button.getElement().setAttribute("aria-label", text + " " + recommendation.programme());
        return button;
    }

    private NativeDetails reasons() {
        Locale locale = getLocale();
        String first = recommendation.reasons().isEmpty() ? getTranslation("rec.noReason")
                : recommendation.reasons().get(0).text(locale);
        int more = recommendation.reasons().size() + recommendation.flags().size() - 1;
        Span summary = new Span(more > 0 ? first + " " + getTranslation("rec.more", more) : first);
        summary.addClassName("rec-reason");
        UnorderedList list = new UnorderedList();
        list.addClassName("reasons");
        recommendation.reasons().forEach(r -> list.add(new ListItem(r.rule() + " — " + r.text(locale))));
        recommendation.flags().forEach(f -> {
            ListItem flag = new ListItem(getTranslation("rec.flag", f.text(locale)));
            flag.addClassName("flag");
            list.add(flag);
        });
        Div body = new Div(list);
        if (recommendation.rulesetLabel() != null) {
            Span ruleset = new Span(getTranslation("rec.madeBy", recommendation.rulesetLabel()));
            ruleset.addClassName("secondary");
            body.add(ruleset);
        }
        // A native <details>: keyboard and screen readers know it, and it costs the page almost nothing.
        reasons = new NativeDetails(summary, body);
        reasons.setId("reasons-" + recommendation.programme());
        reasons.addClassName("rec-reasons");
        return reasons;
    }

    private TextArea commentField(String code) {
        TextArea field = new TextArea();
        field.setId("comment-" + code);
        field.setLabel(getTranslation("rec.comment.for", code));
        field.setWidthFull();
        field.setMaxLength(2000);
        DecisionKeys.typingStaysInField(field);
        return field;
    }

    /** Shows the comment field and puts the cursor in it. */
    void openComment() {
        if (canDecide && !recommendation.isDecided()) {
            if (comment == null) {
                comment = commentField(recommendation.programme());
                add(comment);
            }
            comment.focus();
        }
    }

    private String commentText() {
        return comment == null ? "" : comment.getValue();
    }

    void toggleReasons() {
        reasons.setOpen(!reasons.isOpen());
    }

    void focus() {
        getElement().callJsFunction("focus");
    }

    /** The keyboard's D: a decline needs a comment, so an empty one is opened first rather than refused. */
    void declineOrAskForComment() {
        if (commentText().isBlank()) {
            openComment();
        } else {
            fire(Action.DECLINE);
        }
    }

    void fire(Action action) {
        if (!canDecide || (action == Action.REOPEN) != recommendation.isDecided()) {
            return;
        }
        if (comment != null) {
            comment.setInvalid(false);
        }
        fireEvent(new DecisionRequested(this, action, commentText()));
    }

    /** The service refused the decision for a reason about the comment: show it on the (opened) field. */
    void showCommentError(String message) {
        openComment();
        comment.setErrorMessage(message);
        comment.setInvalid(true);
    }

    RecommendationLine recommendation() {
        return recommendation;
    }

    Registration addDecisionListener(ComponentEventListener<DecisionRequested> listener) {
        return addListener(DecisionRequested.class, listener);
    }

    Registration addFocusedListener(ComponentEventListener<Focused> listener) {
        return addListener(Focused.class, listener);
    }

    static class DecisionRequested extends ComponentEvent<RecommendationRow> {
        private final Action action;
        private final String comment;

        DecisionRequested(RecommendationRow source, Action action, String comment) {
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

    static class Focused extends ComponentEvent<RecommendationRow> {
        Focused(RecommendationRow source) {
            super(source, true);
        }
    }
}
