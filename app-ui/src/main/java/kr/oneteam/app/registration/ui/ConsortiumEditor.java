package kr.oneteam.app.registration.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.oneteam.domain.vocabulary.ConsortiumRole;
import kr.oneteam.domain.vocabulary.Labelled;
import kr.oneteam.domain.vocabulary.SizeClass;

/**
 * The consortium partners (INTAKE.md {@code consortium[]}): one row per member, added and removed by the officer.
 * Builds the JSON array the API takes; the intake validator's paths ({@code consortium[2].name}) come back here
 * to the field of that row, so the officer sees which member is wrong.
 */
class ConsortiumEditor extends Div {

    /** The API refuses more; the button stops there so the officer never builds a form that cannot be saved. */
    static final int MAX_MEMBERS = 50;
    private static final Pattern MEMBER_PATH = Pattern.compile("^consortium\\[(\\d+)](?:\\.(\\w+))?$");

    private final List<Member> members = new ArrayList<>();
    private final Div rows = new Div();
    private final Button add;
    private final Locale locale;

    ConsortiumEditor(Locale locale) {
        this.locale = locale;
        setId("consortium");
        add = new Button(getTranslation("consortium.add"), click -> addMember());
        add.setId("consortium-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(rows, add);
    }

    private void addMember() {
        // The first partner is usually the lead; the officer can change it.
        Member member = new Member(members.isEmpty() ? ConsortiumRole.LEAD : ConsortiumRole.MEMBER);
        members.add(member);
        rows.add(member.row);
        renumber();
    }

    private void remove(Member member) {
        members.remove(member);
        rows.remove(member.row);
        renumber();
    }

    /** Ids follow the position, as the validator's paths do. */
    private void renumber() {
        for (int i = 0; i < members.size(); i++) {
            members.get(i).identify("consortium-" + i);
        }
        add.setEnabled(members.size() < MAX_MEMBERS);
    }

    /** Empty when no member was added: then the form leaves {@code consortium} out of the JSON. */
    ArrayNode toJson() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        members.forEach(member -> array.add(member.toJson()));
        return array;
    }

    void clearErrors() {
        members.forEach(Member::clearErrors);
    }

    /**
     * Shows a message for {@code consortium[i]} or {@code consortium[i].field} on that member's field.
     * @return false when the path is not about one member (the form then shows it above)
     */
    boolean showError(String path, String message) {
        Matcher match = MEMBER_PATH.matcher(path);
        if (!match.matches()) {
            return false;
        }
        int index = Integer.parseInt(match.group(1));
        if (index >= members.size()) {
            return false;
        }
        Member member = members.get(index);
        HasValidation field = switch (match.group(2) == null ? "name" : match.group(2)) {
            case "sizeClass" -> member.sizeClass;
            case "role" -> member.role;
            default -> member.name;
        };
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    private <T extends Enum<T> & Labelled> Select<T> select(String labelKey, Class<T> type) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(type.getEnumConstants());
        select.setItemLabelGenerator(value -> value == null ? "" : value.label(locale));
        select.setEmptySelectionAllowed(true);
        return select;
    }

    /** One partner's row. */
    private final class Member {
        final TextField name = new TextField(getTranslation("field.consortium.name"));
        final Select<SizeClass> sizeClass = select("field.consortium.sizeClass", SizeClass.class);
        final Select<ConsortiumRole> role = select("field.consortium.role", ConsortiumRole.class);
        final Button remove = new Button(getTranslation("consortium.remove"), click -> ConsortiumEditor.this.remove(this));
        final HorizontalLayout row = new HorizontalLayout(name, sizeClass, role, remove);

        Member(ConsortiumRole initialRole) {
            name.setMaxLength(200);
            role.setValue(initialRole);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
        }

        void identify(String prefix) {
            row.setId(prefix);
            name.setId(prefix + "-name");
            sizeClass.setId(prefix + "-sizeClass");
            role.setId(prefix + "-role");
            remove.setId(prefix + "-remove");
        }

        /** Blank or unset values are left out, so the validator reports them as missing on their path. */
        ObjectNode toJson() {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            if (!name.getValue().isBlank()) {
                json.put("name", name.getValue().trim());
            }
            if (sizeClass.getValue() != null) {
                json.put("sizeClass", sizeClass.getValue().name());
            }
            if (role.getValue() != null) {
                json.put("role", role.getValue().name());
            }
            return json;
        }

        void clearErrors() {
            name.setInvalid(false);
            sizeClass.setInvalid(false);
            role.setInvalid(false);
        }
    }
}
