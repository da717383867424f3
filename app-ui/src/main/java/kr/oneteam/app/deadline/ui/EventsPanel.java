package kr.oneteam.app.deadline.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import kr.oneteam.app.event.EventLine;
import kr.oneteam.app.event.IntakeEvents;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.domain.event.IntakeEvent;
import kr.oneteam.domain.vocabulary.Channel;

/**
 * Intake events (the 2025-07-08 meeting): the list, and one form that adds a new event or, with a row chosen,
 * changes it (its code stays: links and the audit log name it). Decision record 101.
 */
class EventsPanel extends Composite<VerticalLayout> {

    private final transient IntakeEvents events;
    private final Grid<EventLine> grid = new Grid<>();
    private final TextField code = new TextField();
    private final TextField nameKo = new TextField();
    private final TextField nameEn = new TextField();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final DatePicker startsOn = new DatePicker();
    private final DatePicker endsOn = new DatePicker();
    private final Button save = new Button();
    /** The event being changed; null while a new one is written. */
    private EventLine editing;

    EventsPanel(IntakeEvents events) {
        this.events = events;
        configureGrid();
        configureForm();
        Button fresh = new Button(getTranslation("deadlineAdmin.event.new"), e -> edit(null));
        fresh.setId("event-new");
        HorizontalLayout names = new HorizontalLayout(code, nameKo, nameEn);
        names.setWrap(true);
        HorizontalLayout when = new HorizontalLayout(channel, startsOn, endsOn, save, fresh);
        when.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        when.setWrap(true);
        getContent().add(new H3(getTranslation("deadlineAdmin.events")), grid, names, when);
        getContent().setPadding(false);
        grid.setItems(events.all());
        edit(null);
    }

    private void configureGrid() {
        grid.setId("event-grid");
        grid.addColumn(EventLine::code).setKey("code").setHeader(getTranslation("deadlineAdmin.col.code")).setAutoWidth(true);
        grid.addColumn(e -> e.name(getLocale())).setKey("name").setHeader(getTranslation("deadlineAdmin.col.name")).setFlexGrow(1);
        grid.addColumn(e -> e.channel() == null ? getTranslation("deadlineAdmin.anyChannel") : e.channel().label(getLocale()))
                .setKey("channel").setHeader(getTranslation("deadlineAdmin.col.channel")).setAutoWidth(true);
        grid.addColumn(e -> Formats.date(e.startsOn()) + " – " + Formats.date(e.endsOn())).setKey("days")
                .setHeader(getTranslation("deadlineAdmin.col.eventDays")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("deadlineAdmin.events"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
    }

    private void configureForm() {
        code.setId("event-code");
        code.setLabel(getTranslation("deadlineAdmin.event.code"));
        code.setHelperText(getTranslation("deadlineAdmin.event.code.help"));
        code.setMaxLength(40);
        nameKo.setId("event-name-ko");
        nameKo.setLabel(getTranslation("deadlineAdmin.event.nameKo"));
        nameKo.setMaxLength(IntakeEvent.NAME_MAX);
        nameEn.setId("event-name-en");
        nameEn.setLabel(getTranslation("deadlineAdmin.event.nameEn"));
        nameEn.setMaxLength(IntakeEvent.NAME_MAX);
        channel.setId("event-channel");
        channel.setLabel(getTranslation("deadlineAdmin.col.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> c.label(getLocale()));
        channel.setPlaceholder(getTranslation("deadlineAdmin.anyChannel"));
        channel.setClearButtonVisible(true);
        startsOn.setId("event-starts");
        startsOn.setLabel(getTranslation("deadlineAdmin.event.startsOn"));
        endsOn.setId("event-ends");
        endsOn.setLabel(getTranslation("deadlineAdmin.event.endsOn"));
        save.setId("event-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    /** Fills the form with {@code event} to change it, or empties it for a new one. */
    private void edit(EventLine event) {
        editing = event;
        Refusals.clear(fields());
        code.setValue(event == null ? "" : event.code());
        code.setReadOnly(event != null);
        nameKo.setValue(event == null ? "" : event.nameKo());
        nameEn.setValue(event == null ? "" : event.nameEn());
        channel.setValue(event == null ? null : event.channel());
        startsOn.setValue(event == null ? null : event.startsOn());
        endsOn.setValue(event == null ? null : event.endsOn());
        save.setText(getTranslation(event == null ? "deadlineAdmin.event.add" : "deadlineAdmin.event.change"));
        if (event == null) {
            grid.asSingleSelect().clear();
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("event.field.code", code, "event.code.taken", code, "event.field.nameKo", nameKo,
                "event.field.nameEn", nameEn, "event.field.startsOn", startsOn, "event.field.endsOn", endsOn);
    }

    private void save() {
        if (startsOn.isInvalid() && startsOn.getValue() == null || endsOn.isInvalid() && endsOn.getValue() == null) {
            // A date the picker could not read is not "no date": say so at the field.
            Refusals.show(new ReviewRefused(startsOn.isInvalid() ? "event.field.startsOn" : "event.field.endsOn",
                    IntakeEvent.NAME_MAX, IntakeEvent.LONGEST_DAYS), fields(), this::getTranslation);
            return;
        }
        EventLine saved;
        try {
            saved = editing == null
                    ? events.create(code.getValue(), nameKo.getValue(), nameEn.getValue(), channel.getValue(),
                            startsOn.getValue(), endsOn.getValue())
                    : events.change(editing.id(), editing.version(), nameKo.getValue(), nameEn.getValue(),
                            channel.getValue(), startsOn.getValue(), endsOn.getValue());
        } catch (ReviewRefused refused) {
            Refusals.show(refused, fields(), this::getTranslation);
            return;
        }
        grid.setItems(events.all());
        Notification.show(getTranslation("deadlineAdmin.saved", saved.code()));
        edit(null);
    }
}
