package kr.oneteam.app.queue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import kr.oneteam.app.review.Officer;

/**
 * What the officer can do with the rows they ticked, in one action: give them to an officer, or ask each
 * company the same question. Shows only while rows are selected; calls back with the choice.
 */
class BulkBar extends Div {

    private final Span count = new Span();
    private final ComboBox<Officer> officer = new ComboBox<>();

    BulkBar(List<Officer> officers, Consumer<String> assign, BiConsumer<String, TextArea> requestInfo) {
        setId("bulk-bar");
        addClassName("bulk-bar");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("bulk.title"));
        count.setId("bulk-count");
        officer.setId("bulk-officer");
        officer.setAriaLabel(getTranslation("bulk.officer"));
        officer.setPlaceholder(getTranslation("bulk.officer"));
        officer.setItems(officers);
        officer.setItemLabelGenerator(Officer::label);
        Button assignButton = new Button(getTranslation("bulk.assign"), click -> {
            if (officer.getValue() == null) {
                officer.setErrorMessage(getTranslation("bulk.officer.required"));
                officer.setInvalid(true);
            } else {
                officer.setInvalid(false);
                assign.accept(officer.getValue().username());
            }
        });
        assignButton.setId("bulk-assign");
        assignButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button ask = new Button(getTranslation("bulk.requestInfo"), click -> askDialog(requestInfo).open());
        ask.setId("bulk-info");
        ask.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(count, officer, assignButton, ask);
        setVisible(false);
    }

    void showSelected(int selected) {
        count.setText(getTranslation("bulk.selected", selected));
        setVisible(selected > 0);
    }

    private Dialog askDialog(BiConsumer<String, TextArea> requestInfo) {
        Dialog dialog = new Dialog();
        dialog.setId("bulk-info-dialog");
        dialog.setHeaderTitle(getTranslation("bulk.requestInfo.title"));
        TextArea question = new TextArea(getTranslation("detail.question"));
        question.setId("bulk-info-text");
        question.setWidth("32em");
        question.setMaxLength(4000);
        Button send = new Button(getTranslation("bulk.requestInfo.send"), click -> requestInfo.accept(question.getValue(),
                question));
        send.setId("bulk-info-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("keys.close"), click -> dialog.close());
        dialog.add(question);
        dialog.getFooter().add(cancel, send);
        return dialog;
    }
}
