package kr.oneteam.app.programme.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import kr.oneteam.app.programme.ProgrammeCapacity;
import kr.oneteam.app.programme.ProgrammeDraft;
import kr.oneteam.app.programme.ProgrammeProblem;
import kr.oneteam.domain.programme.CapacityUnit;

import java.util.List;
import java.util.Map;

/**
 * A programme as analysts describe it: code, Korean and English name, agency, what it gives, capacity unit and
 * amount. Fires {@link SaveProgramme} and {@link Cancel}; knows no service. Shows the problems the service
 * found next to their fields.
 */
class ProgrammeForm extends VerticalLayout {

    private final TextField code = new TextField();
    private final TextField nameKo = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField agency = new TextField();
    private final TextArea gives = new TextArea();
    private final Select<CapacityUnit> unit = new Select<>();
    private final TextField capacity = new TextField();
    private final boolean editing;

    /** A new programme when {@code existing} is null, else that programme to edit (its code stays). */
    ProgrammeForm(ProgrammeCapacity existing) {
        this.editing = existing != null;
        setPadding(false);
        configureFields();
        if (existing != null) {
            code.setValue(existing.code());
            code.setReadOnly(true);
            nameKo.setValue(existing.nameKo());
            nameEn.setValue(existing.nameEn());
            agency.setValue(existing.agency());
            gives.setValue(existing.gives());
            unit.setValue(existing.unit());
            capacity.setValue(existing.capacity() == null ? "" : String.valueOf(existing.capacity()));
        } else {
            unit.setValue(CapacityUnit.NONE);
        }
        FormLayout fields = new FormLayout(code, unit, nameKo, nameEn, agency, capacity, gives);
        fields.setColspan(gives, 2);
        add(fields, buttons());
    }

    private void configureFields() {
        field(code, "programme-code", "programmes.code");
        code.setPlaceholder("P16");
        code.setMaxLength(16);
        field(nameKo, "programme-name-ko", "catalogue.nameKo");
        field(nameEn, "programme-name-en", "catalogue.nameEn");
        field(agency, "programme-agency", "programmes.agency");
        gives.setId("programme-gives");
        gives.setLabel(getTranslation("catalogue.gives"));
        gives.setMaxLength(1000);
        unit.setId("programme-unit");
        unit.setLabel(getTranslation("catalogue.unit"));
        unit.setItems(CapacityUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation("catalogue.unit." + u.name()));
        unit.addValueChangeListener(e -> capacity.setEnabled(e.getValue() != CapacityUnit.NONE));
        field(capacity, "programme-capacity", "catalogue.capacity");
        capacity.setHelperText(getTranslation("catalogue.capacity.hint"));
        capacity.setAllowedCharPattern("[0-9]");
    }

    private void field(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
    }

    private HorizontalLayout buttons() {
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("programme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("catalogue.cancel"), click -> fireEvent(new Cancel(this)));
        cancel.setId("programme-cancel");
        return new HorizontalLayout(save, cancel);
    }

    private void save() {
        clearProblems();
        Long amount = null;
        String digits = capacity.getValue().strip();
        if (unit.getValue() != CapacityUnit.NONE && !digits.isEmpty()) {
            try {
                amount = Long.parseLong(digits);
            } catch (NumberFormatException e) {
                show(capacity, getTranslation("catalogue.capacity.digits"));
                return;
            }
        }
        fireEvent(new SaveProgramme(this, editing, new ProgrammeDraft(code.getValue(), nameKo.getValue(),
                nameEn.getValue(), agency.getValue(), gives.getValue(),
                unit.getValue() == null ? null : unit.getValue().name(), amount)));
    }

    /** Puts each problem under its field. */
    void showProblems(List<ProgrammeProblem> problems) {
        clearProblems();
        Map<String, HasValidation> byField = Map.of("code", code, "nameKo", nameKo, "nameEn", nameEn,
                "agency", agency, "gives", gives, "capacityUnit", unit, "capacity", capacity);
        for (ProgrammeProblem problem : problems) {
            HasValidation field = byField.getOrDefault(problem.field(), code);
            show(field, getTranslation(problem.key(), problem.argArray()));
        }
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearProblems() {
        List.<HasValidation>of(code, nameKo, nameEn, agency, gives, unit, capacity).forEach(f -> f.setInvalid(false));
    }

    Registration addSaveListener(ComponentEventListener<SaveProgramme> listener) {
        return addListener(SaveProgramme.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<Cancel> listener) {
        return addListener(Cancel.class, listener);
    }

    static class SaveProgramme extends ComponentEvent<ProgrammeForm> {
        private final boolean editing;
        private final ProgrammeDraft draft;

        SaveProgramme(ProgrammeForm source, boolean editing, ProgrammeDraft draft) {
            super(source, false);
            this.editing = editing;
            this.draft = draft;
        }

        boolean editing() {
            return editing;
        }

        ProgrammeDraft draft() {
            return draft;
        }
    }

    static class Cancel extends ComponentEvent<ProgrammeForm> {
        Cancel(ProgrammeForm source) {
            super(source, false);
        }
    }
}
