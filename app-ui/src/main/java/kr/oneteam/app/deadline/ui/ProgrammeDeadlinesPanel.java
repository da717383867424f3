package kr.oneteam.app.deadline.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Map;
import kr.oneteam.app.deadline.ReplyDeadlines;
import kr.oneteam.app.deadline.ReplyDeadlines.ProgrammeDeadline;
import kr.oneteam.app.review.ReviewRefused;

/** Reply deadlines per programme: the list, and a form that sets or removes one (blank days: none). */
class ProgrammeDeadlinesPanel extends Composite<VerticalLayout> {

    private final transient ReplyDeadlines deadlines;
    private final Grid<ProgrammeDeadline> grid = new Grid<>();
    private final ComboBox<ProgrammeDeadline> programme = new ComboBox<>();
    private final IntegerField days = new IntegerField();

    ProgrammeDeadlinesPanel(ReplyDeadlines deadlines) {
        this.deadlines = deadlines;
        grid.setId("deadline-programmes");
        grid.addColumn(ProgrammeDeadline::code).setHeader(getTranslation("deadlineAdmin.col.programme")).setAutoWidth(true);
        grid.addColumn(p -> p.name(getLocale())).setHeader(getTranslation("deadlineAdmin.col.name")).setFlexGrow(1);
        grid.addColumn(p -> p.days() == null ? getTranslation("deadlineAdmin.none")
                : getTranslation("deadlineAdmin.days", p.days())).setKey("days")
                .setHeader(getTranslation("deadlineAdmin.col.days")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("deadlineAdmin.programmes"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                programme.setValue(e.getValue());
                days.setValue(e.getValue().days());
            }
        });
        programme.setId("deadline-programme");
        programme.setLabel(getTranslation("deadlineAdmin.col.programme"));
        programme.setItemLabelGenerator(p -> p.code() + " " + p.name(getLocale()));
        programme.setRequiredIndicatorVisible(true);
        days.setId("deadline-programme-days");
        days.setLabel(getTranslation("deadlineAdmin.col.days"));
        days.setHelperText(getTranslation("deadlineAdmin.days.help"));
        days.setMin(1);
        days.setMax(kr.oneteam.domain.programme.Programme.MAX_REPLY_DAYS);
        Button save = new Button(getTranslation("deadlineAdmin.save"), e -> save());
        save.setId("deadline-programme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(programme, days, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        getContent().add(new H3(getTranslation("deadlineAdmin.programmes")), grid, form);
        getContent().setPadding(false);
        reload();
    }

    private Map<String, IntegerField> fields() {
        return Map.of("deadline.days.range", days);
    }

    private void save() {
        if (programme.getValue() == null) {
            programme.setErrorMessage(getTranslation("deadlineAdmin.programme.required"));
            programme.setInvalid(true);
            return;
        }
        programme.setInvalid(false);
        String code = programme.getValue().code();
        try {
            deadlines.changeProgrammeDays(code, days.getValue());
        } catch (ReviewRefused refused) {
            Refusals.show(refused, fields(), this::getTranslation);
            return;
        }
        Refusals.clear(fields());
        reload();
        Notification.show(getTranslation("deadlineAdmin.saved", code));
    }

    private void reload() {
        List<ProgrammeDeadline> all = deadlines.programmeDeadlines();
        grid.setItems(all);
        String chosen = programme.getValue() == null ? null : programme.getValue().code();
        programme.setItems(all);
        programme.setValue(all.stream().filter(p -> p.code().equals(chosen)).findFirst().orElse(null));
    }
}
