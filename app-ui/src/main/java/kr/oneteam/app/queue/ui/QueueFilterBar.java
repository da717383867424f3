package kr.oneteam.app.queue.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kr.oneteam.app.deadline.DeadlineState;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.Labelled;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;

/** The queue's filters. Knows no service: fires {@link FilterChanged} with the whole filter on every change. */
class QueueFilterBar extends FlexLayout {

    private final ComboBox<ProposalStatus> status = vocabulary("status", ProposalStatus.values());
    private final ComboBox<String> programme = new ComboBox<>();
    private final ComboBox<Eligibility> eligibility = vocabulary("eligibility", Eligibility.values());
    private final ComboBox<Category> category = vocabulary("category", Category.values());
    private final ComboBox<SizeClass> sizeClass = vocabulary("size", SizeClass.values());
    private final ComboBox<Region> region = vocabulary("region", Region.values());
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField text = new TextField();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox mine = new Checkbox();
    /** Reply-deadline state (h-insight, issue 10); its labels are the insight bundle's, not the vocabulary's. */
    private final ComboBox<DeadlineState> deadline = new ComboBox<>();
    /** An event's channel, from a dashboard link; kept as read, no field of its own (the URL shows it). */
    private Channel channel;
    /** Whose cases: {@link QueueLocation#ME}, another officer's user name from a link, or null for anyone's. */
    private String assignee;
    /** While the bar shows a filter read from the URL, its changes are not the officer's: no event. */
    private boolean showing;

    QueueFilterBar(List<String> programmeCodes) {
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");
        programme.setId("filter-programme");
        programme.setLabel(getTranslation("queue.filter.programme"));
        programme.setItems(programmeCodes);
        programme.setClearButtonVisible(true);
        configure(from, "from");
        configure(to, "to");
        text.setId("filter-text");
        text.setLabel(getTranslation("queue.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        overdue.setId("filter-overdue");
        overdue.setLabel(getTranslation("queue.filter.overdue"));
        mine.setId("filter-mine");
        mine.setLabel(getTranslation("queue.filter.mine"));
        mine.addValueChangeListener(change -> {
            if (!showing) {
                assignee = change.getValue() ? QueueLocation.ME : null;
            }
        });
        deadline.setId("filter-deadline");
        deadline.setLabel(getTranslation("queue.filter.deadline"));
        deadline.setItems(DeadlineState.values());
        deadline.setItemLabelGenerator(state -> getTranslation(state.labelKey()));
        deadline.setClearButtonVisible(true);
        Button clear = new Button(getTranslation("queue.filter.clear"), click -> clear());
        clear.setId("filter-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(text, status, programme, eligibility, category, sizeClass, region, from, to, deadline, overdue, mine,
                clear);
        List<HasValue<?, ?>> fields = List.of(status, programme, eligibility, category, sizeClass, region, from,
                to, text, overdue, mine, deadline);
        fields.forEach(field -> field.addValueChangeListener(change -> {
            if (!showing) {
                fireEvent(new FilterChanged(this));
            }
        }));
    }

    private <T extends Enum<T> & Labelled> ComboBox<T> vocabulary(String id, T[] values) {
        ComboBox<T> box = new ComboBox<>();
        box.setId("filter-" + id);
        box.setLabel(getTranslation("queue.filter." + id));
        box.setItems(Arrays.asList(values));
        box.setItemLabelGenerator(value -> value.label(locale()));
        box.setClearButtonVisible(true);
        return box;
    }

    private void configure(DatePicker picker, String id) {
        picker.setId("filter-" + id);
        picker.setLabel(getTranslation("queue.filter." + id));
        picker.setClearButtonVisible(true);
        picker.setLocale(locale());
    }

    private Locale locale() {
        return getLocale();
    }

    /** Sets the status from outside (the per-status counts are links into the same filter). */
    void showStatus(ProposalStatus value) {
        status.setValue(value);
    }

    QueueFilter filter() {
        return new QueueFilter(status.getValue(), programme.getValue(), eligibility.getValue(), category.getValue(),
                sizeClass.getValue(), region.getValue(), from.getValue(), to.getValue(), text.getValue(),
                overdue.getValue(), assignee, channel, deadline.getValue());
    }

    /** Shows {@code filter} (read from the URL) in the fields without firing: the view applies it itself. */
    void show(QueueFilter filter) {
        showing = true;
        try {
            status.setValue(filter.status());
            programme.setValue(filter.programme());
            eligibility.setValue(filter.eligibility());
            category.setValue(filter.category());
            sizeClass.setValue(filter.sizeClass());
            region.setValue(filter.region());
            from.setValue(filter.receivedFrom());
            to.setValue(filter.receivedTo());
            text.setValue(filter.text() == null ? "" : filter.text());
            overdue.setValue(filter.overdueOnly());
            assignee = filter.assignee();
            channel = filter.channel();
            deadline.setValue(filter.deadline());
            mine.setValue(assignee != null);
            mine.setLabel(assignee == null || QueueLocation.ME.equals(assignee) ? getTranslation("queue.filter.mine")
                    : getTranslation("queue.filter.assignee", assignee));
        } finally {
            showing = false;
        }
    }

    private void clear() {
        status.clear();
        programme.clear();
        eligibility.clear();
        category.clear();
        sizeClass.clear();
        region.clear();
        from.clear();
        to.clear();
        text.clear();
        overdue.clear();
        mine.clear();
        deadline.clear();
        channel = null;
        fireEvent(new FilterChanged(this));
    }

    Registration addFilterChangedListener(ComponentEventListener<FilterChanged> listener) {
        return addListener(FilterChanged.class, listener);
    }

    static class FilterChanged extends ComponentEvent<QueueFilterBar> {
        FilterChanged(QueueFilterBar source) {
            super(source, false);
        }

        QueueFilter filter() {
            return getSource().filter();
        }
    }
}
