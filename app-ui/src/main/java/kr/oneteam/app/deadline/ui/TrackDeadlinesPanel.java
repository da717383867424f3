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
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import kr.oneteam.app.deadline.ReplyDeadlines;
import kr.oneteam.app.deadline.ReplyDeadlines.TrackDeadline;
import kr.oneteam.app.review.ReviewRefused;
import kr.oneteam.domain.deadline.SandboxTrackDeadline;
import kr.oneteam.domain.vocabulary.SandboxTrack;

/** Reply deadlines per sandbox track with their legal basis (the ICT sandbox's 30-day rapid confirmation). */
class TrackDeadlinesPanel extends Composite<VerticalLayout> {

    private final transient ReplyDeadlines deadlines;
    private final Grid<TrackDeadline> grid = new Grid<>();
    private final ComboBox<SandboxTrack> track = new ComboBox<>();
    private final IntegerField days = new IntegerField();
    private final TextField basis = new TextField();

    TrackDeadlinesPanel(ReplyDeadlines deadlines) {
        this.deadlines = deadlines;
        grid.setId("deadline-tracks");
        grid.addColumn(t -> t.track().label(getLocale())).setHeader(getTranslation("deadlineAdmin.col.track")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("deadlineAdmin.days", t.days())).setKey("days")
                .setHeader(getTranslation("deadlineAdmin.col.days")).setAutoWidth(true);
        grid.addColumn(TrackDeadline::basis).setKey("basis").setHeader(getTranslation("deadlineAdmin.col.basis")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("deadlineAdmin.tracks"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                track.setValue(e.getValue().track());
                days.setValue(e.getValue().days());
                basis.setValue(e.getValue().basis());
            }
        });
        track.setId("deadline-track");
        track.setLabel(getTranslation("deadlineAdmin.col.track"));
        track.setItems(Arrays.stream(SandboxTrack.values()).filter(t -> t != SandboxTrack.NONE).toList());
        track.setItemLabelGenerator(t -> t.label(getLocale()));
        track.setRequiredIndicatorVisible(true);
        days.setId("deadline-track-days");
        days.setLabel(getTranslation("deadlineAdmin.col.days"));
        days.setHelperText(getTranslation("deadlineAdmin.track.days.help"));
        days.setMin(1);
        days.setMax(SandboxTrackDeadline.MAX_DAYS);
        basis.setId("deadline-track-basis");
        basis.setLabel(getTranslation("deadlineAdmin.col.basis"));
        basis.setMaxLength(SandboxTrackDeadline.BASIS_MAX);
        Button save = new Button(getTranslation("deadlineAdmin.save"), e -> save());
        save.setId("deadline-track-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(track, days, basis, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        getContent().add(new H3(getTranslation("deadlineAdmin.tracks")), grid, form);
        getContent().setPadding(false);
        grid.setItems(deadlines.trackDeadlines());
    }

    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of("deadline.track.required", track, "deadline.track.days", days, "deadline.track.basis", basis);
    }

    private void save() {
        try {
            deadlines.changeTrackDays(track.getValue(), days.getValue(), basis.getValue());
        } catch (ReviewRefused refused) {
            Refusals.show(refused, fields(), this::getTranslation);
            return;
        }
        Refusals.clear(fields());
        grid.setItems(deadlines.trackDeadlines());
        Notification.show(getTranslation("deadlineAdmin.saved", track.getValue().label(getLocale())));
    }
}
