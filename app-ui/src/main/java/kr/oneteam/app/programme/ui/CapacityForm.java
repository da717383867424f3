package kr.oneteam.app.programme.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** ADMIN's capacity editor: a programme code and a new capacity. Fires {@link SaveCapacity}; knows no service. */
class CapacityForm extends HorizontalLayout {

    private final Select<String> programme = new Select<>();
    private final TextField capacity = new TextField();

    CapacityForm() {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        programme.setId("capacity-programme");
        programme.setLabel(getTranslation("programmes.code"));
        capacity.setId("capacity-value");
        capacity.setLabel(getTranslation("programmes.capacity.new"));
        capacity.setAllowedCharPattern("[0-9]");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("capacity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(programme, capacity, save);
    }

    /** The programmes whose capacity is counted (unit GPU or KRW), from the catalogue. */
    void setProgrammes(List<String> counted) {
        programme.setItems(counted);
    }

    private void save() {
        capacity.setInvalid(false);
        if (programme.isEmpty() || capacity.isEmpty()) {
            capacity.setErrorMessage(getTranslation("programmes.capacity.required"));
            capacity.setInvalid(true);
            return;
        }
        try {
            fireEvent(new SaveCapacity(this, programme.getValue(), Long.parseLong(capacity.getValue())));
        } catch (NumberFormatException e) {
            capacity.setErrorMessage(getTranslation("programmes.capacity.required"));
            capacity.setInvalid(true);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveCapacity> listener) {
        return addListener(SaveCapacity.class, listener);
    }

    static class SaveCapacity extends ComponentEvent<CapacityForm> {
        private final String code;
        private final Long capacity;

        SaveCapacity(CapacityForm source, String code, Long capacity) {
            super(source, false);
            this.code = code;
            this.capacity = capacity;
        }

        String code() {
            return code;
        }

        Long capacity() {
            return capacity;
        }
    }
}
