package kr.oneteam.app.deadline.ui;

import com.vaadin.flow.component.html.Span;
import kr.oneteam.app.deadline.ReplyDue;
import kr.oneteam.app.i18n.Formats;

/**
 * A proposal's reply deadline as the queue shows it: days left ("D-5"), overdue standing out ("D+3 · 기한 경과", red
 * badge), due within a week in a warning badge, "회신 완료" once answered, nothing without a deadline. The due day is
 * in the tooltip and in the text read out to screen readers.
 */
public class ReplyDueBadge extends Span {

    public ReplyDueBadge(ReplyDue due) {
        addClassName("reply-due");
        if (due == null || due.due() == null) {
            return;
        }
        String day = Formats.date(due.due());
        switch (due.state()) {
            case OVERDUE -> {
                setText(getTranslation("deadline.badge.overdue", -due.daysLeft()));
                getElement().getThemeList().add("badge error primary");
                addClassName("reply-overdue");
            }
            case DUE_SOON -> {
                setText(getTranslation("deadline.badge.left", due.daysLeft()));
                getElement().getThemeList().add("badge contrast");
            }
            case ON_TRACK -> setText(getTranslation("deadline.badge.left", due.daysLeft()));
            case ANSWERED -> {
                setText(getTranslation("deadline.badge.answered"));
                getElement().getThemeList().add("badge success");
            }
            default -> {
                return;
            }
        }
        getElement().setAttribute("title", getTranslation("deadline.badge.due", day));
        getElement().setAttribute("aria-label", getText() + " · " + getTranslation("deadline.badge.due", day));
    }
}
