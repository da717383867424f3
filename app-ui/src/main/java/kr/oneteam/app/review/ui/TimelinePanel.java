package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.review.TimelineEntry;
import kr.oneteam.domain.vocabulary.Channel;

/**
 * The case's one timeline, newest first: received, routed, re-routed, decisions and undos, overrides,
 * information requests and answers, replies, follow-ups, assignment, closure and reopening — each line with
 * when and who. Read-only: the audit log it comes from is append-only.
 */
class TimelinePanel extends Div {

    /** The newest lines shown at first; a case with hundreds of entries shows the rest on request. */
    static final int FIRST = 30;

    private final OrderedList list = new OrderedList();

    TimelinePanel(List<TimelineEntry> timeline) {
        setId("timeline");
        addClassName("timeline");
        list.setId("timeline-list");
        list.getElement().setAttribute("aria-label", getTranslation("detail.history"));
        timeline.stream().limit(FIRST).forEach(entry -> list.add(line(entry)));
        add(list);
        if (timeline.size() > FIRST) {
            Button all = new Button(getTranslation("timeline.showAll", timeline.size()));
            all.setId("timeline-all");
            all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            all.addClickListener(click -> {
                timeline.stream().skip(FIRST).forEach(entry -> list.add(line(entry)));
                remove(all);
            });
            add(all);
        }
    }

    private ListItem line(TimelineEntry entry) {
        ListItem item = new ListItem();
        item.addClassNames("timeline-line", "kind-" + entry.kind().name().toLowerCase(java.util.Locale.ROOT));
        Span when = new Span(Formats.dateTime(entry.at()));
        when.addClassName("when");
        Span what = new Span(what(entry));
        what.addClassName("what");
        Span who = new Span(who(entry));
        who.addClassName("who");
        item.add(when, what, who);
        if (entry.detail() != null) {
            Span detail = new Span(entry.detail());
            detail.addClassName("detail");
            item.add(detail);
        }
        return item;
    }

    /** "수용 P01", "담당자 지정: kim", "규칙 적용"; an audit action the UI does not know is shown as recorded. */
    String what(TimelineEntry entry) {
        String label = getTranslation("timeline." + entry.kind().name());
        return switch (entry.kind()) {
            case RECEIVED -> label;
            case ASSIGNED -> entry.subject() == null ? getTranslation("timeline.UNASSIGNED")
                    : label + ": " + entry.subject();
            case OTHER -> entry.subject();
            default -> entry.subject() == null ? label : label + " " + entry.subject();
        };
    }

    private String who(TimelineEntry entry) {
        if (entry.kind() == TimelineEntry.Kind.RECEIVED) {
            String channel = entry.subject() == null ? "—" : Channel.valueOf(entry.subject()).label(getLocale());
            return getTranslation("timeline.via", channel);
        }
        return entry.actor() == null ? getTranslation("timeline.byRules") : entry.actor();
    }
}
