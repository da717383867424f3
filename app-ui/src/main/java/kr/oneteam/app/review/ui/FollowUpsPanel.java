package kr.oneteam.app.review.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.review.FollowUpLine;

/** Follow-up actions with owner and due date; officers add them and mark them done. Fires events only. */
class FollowUpsPanel extends Div {

    private final TextField action = new TextField();
    private final TextField owner = new TextField();
    private final DatePicker due = new DatePicker();

    FollowUpsPanel(List<FollowUpLine> followUps, boolean canEdit) {
        setId("follow-ups");
        Grid<FollowUpLine> grid = new Grid<>();
        grid.setId("follow-up-grid");
        grid.addColumn(FollowUpLine::action).setHeader(getTranslation("followUp.action")).setFlexGrow(2);
        grid.addColumn(FollowUpLine::owner).setHeader(getTranslation("followUp.owner")).setAutoWidth(true);
        grid.addComponentColumn(this::dueCell).setHeader(getTranslation("followUp.due")).setAutoWidth(true);
        grid.addComponentColumn(line -> doneCell(line, canEdit)).setKey("done").setHeader(getTranslation("followUp.done"))
                .setAutoWidth(true);
        grid.setItems(followUps);
        grid.setAllRowsVisible(true);
        add(grid);
        if (canEdit) {
            add(form());
        }
    }

    private Span dueCell(FollowUpLine line) {
        Span span = new Span(Formats.date(line.due()));
        if (!line.isDone() && line.due() != null && line.due().isBefore(Formats.todayInSeoul())) {
            span.getElement().getThemeList().add("badge error");
        }
        return span;
    }

    private com.vaadin.flow.component.Component doneCell(FollowUpLine line, boolean canEdit) {
        if (line.isDone()) {
            return new Span(Formats.dateTime(line.doneAt()) + " · " + line.doneBy());
        }
        if (!canEdit) {
            return new Span("");
        }
        Button done = new Button(getTranslation("followUp.markDone"), click -> fireEvent(new Completed(this, line.id())));
        done.setId("follow-up-done-" + line.id());
        done.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return done;
    }

    private HorizontalLayout form() {
        action.setId("follow-up-action");
        action.setLabel(getTranslation("followUp.action"));
        action.setWidth("24em");
        owner.setId("follow-up-owner");
        owner.setLabel(getTranslation("followUp.owner"));
        due.setId("follow-up-due");
        due.setLabel(getTranslation("followUp.due"));
        due.setLocale(getLocale());
        Button add = new Button(getTranslation("followUp.add"), click -> fireEvent(
                new Added(this, action.getValue(), owner.getValue(), due.getValue())));
        add.setId("follow-up-add");
        HorizontalLayout form = new HorizontalLayout(action, owner, due, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    Registration addAddedListener(ComponentEventListener<Added> listener) {
        return addListener(Added.class, listener);
    }

    Registration addCompletedListener(ComponentEventListener<Completed> listener) {
        return addListener(Completed.class, listener);
    }

    static class Added extends ComponentEvent<FollowUpsPanel> {
        private final String action;
        private final String owner;
        private final LocalDate due;

        Added(FollowUpsPanel source, String action, String owner, LocalDate due) {
            super(source, true);
            this.action = action;
            this.owner = owner;
            this.due = due;
        }

        String action() {
            return action;
        }

        String owner() {
            return owner;
        }

        LocalDate due() {
            return due;
        }
    }

    static class Completed extends ComponentEvent<FollowUpsPanel> {
        private final long followUpId;

        Completed(FollowUpsPanel source, long followUpId) {
            super(source, true);
            this.followUpId = followUpId;
        }

        long followUpId() {
            return followUpId;
        }
    }
}
