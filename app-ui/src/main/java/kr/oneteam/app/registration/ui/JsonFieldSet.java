package kr.oneteam.app.registration.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import kr.oneteam.app.i18n.Formats;
import kr.oneteam.domain.proposal.ProposalField;
import kr.oneteam.domain.vocabulary.Labelled;

/**
 * The proposal form's fields, each registered under its JSON path of INTAKE.md ({@code compute.quantity}).
 * The form builds exactly the JSON the API takes, so the intake's one validator checks both, and the
 * validator's field paths lead straight back to the field that shows the message.
 */
final class JsonFieldSet {

    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final Map<String, ProposalField> schemaFields = new LinkedHashMap<>();
    private final Function<String, String> translate;
    private final Locale locale;

    JsonFieldSet(Function<String, String> translate, Locale locale) {
        this.translate = translate;
        this.locale = locale;
    }

    /**
     * The widget the schema's field asks for: a vocabulary value a combo box, a set of them a multi-select, a flag a
     * checkbox, a number a number field with the schema's bounds, a long text an area, a list comma-separated text.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Component widget(ProposalField field) {
        schemaFields.put(field.path(), field);
        String path = field.path();
        return switch (field.kind()) {
            case CHOICE -> field.vocabulary() == null ? text(path) : choice(path, (Class) field.vocabulary());
            case CHOICES -> field.vocabulary() == null ? list(path) : choices(path, (Class) field.vocabulary());
            case LIST -> list(path);
            case FLAG -> flag(path);
            case INTEGER -> field.maximum() != null && field.maximum() > Integer.MAX_VALUE ? decimal(path) : bounded(field);
            case DECIMAL -> decimal(path);
            case DATE_TIME -> dateTime(path);
            case LONG_TEXT -> {
                TextArea area = area(path);
                area.setMaxLength(field.maxLength());
                yield area;
            }
            case TEXT -> text(path);
            case BLOCK, ITEMS -> throw new IllegalArgumentException(path + " is a block, not a field");
        };
    }

    private IntegerField bounded(ProposalField field) {
        IntegerField number = integer(field.path());
        if (field.minimum() != null) {
            number.setMin(field.minimum().intValue());
        }
        if (field.maximum() != null) {
            number.setMax(field.maximum().intValue());
        }
        return number;
    }

    /** The widget registered for {@code path}, e.g. to give it a default. */
    HasValue<?, ?> get(String path) {
        return fields.get(path);
    }

    <T extends Enum<T> & Labelled> ComboBox<T> choice(String path, Class<T> type) {
        ComboBox<T> box = new ComboBox<>(label(path), Arrays.asList(type.getEnumConstants()));
        box.setItemLabelGenerator(value -> value.label(locale));
        box.setClearButtonVisible(true);
        return register(path, box);
    }

    <T extends Enum<T> & Labelled> MultiSelectComboBox<T> choices(String path, Class<T> type) {
        MultiSelectComboBox<T> box = new MultiSelectComboBox<>(label(path), Arrays.asList(type.getEnumConstants()));
        box.setItemLabelGenerator(value -> value.label(locale));
        return register(path, box);
    }

    TextField text(String path) {
        return register(path, new TextField(label(path)));
    }

    /** Comma-separated values sent as a JSON array (target agencies, countries, programme codes). */
    TextField list(String path) {
        TextField field = new TextField(label(path));
        field.getElement().setAttribute("data-list", "true");
        return register(path, field);
    }

    TextArea area(String path) {
        return register(path, new TextArea(label(path)));
    }

    Checkbox flag(String path) {
        return register(path, new Checkbox(label(path)));
    }

    IntegerField integer(String path) {
        return register(path, new IntegerField(label(path)));
    }

    BigDecimalField decimal(String path) {
        return register(path, new BigDecimalField(label(path)));
    }

    DateTimePicker dateTime(String path) {
        DateTimePicker picker = new DateTimePicker(label(path));
        picker.setLocale(locale);
        return register(path, picker);
    }

    private String label(String path) {
        return translate.apply("field." + path);
    }

    private <C extends Component & HasValue<?, ?>> C register(String path, C field) {
        field.setId("field-" + path.replace('.', '-'));
        fields.put(path, field);
        return field;
    }

    /** The proposal as INTAKE.md's JSON; empty fields and unticked boxes are left out (their defaults). */
    ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        // The company block is always sent, so that a missing company name is reported on its field.
        root.putObject("company");
        fields.forEach((path, field) -> put(root, path, field, schemaFields.get(path)));
        return root;
    }

    private static void put(ObjectNode root, String path, HasValue<?, ?> field, ProposalField schemaField) {
        Object value = field.getValue();
        if (value == null || Boolean.FALSE.equals(value) || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty()) {
            return;
        }
        String[] parts = path.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
        }
        String name = parts[parts.length - 1];
        boolean isList = field instanceof TextField text && "true".equals(text.getElement().getAttribute("data-list"));
        if (isList) {
            ArrayNode array = parent.putArray(name);
            Arrays.stream(((String) value).split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(array::add);
        } else if (value instanceof Collection<?> items) {
            ArrayNode array = parent.putArray(name);
            items.forEach(item -> array.add(((Enum<?>) item).name()));
        } else if (value instanceof Enum<?> constant) {
            parent.put(name, constant.name());
        } else if (value instanceof Boolean flag) {
            parent.put(name, flag);
        } else if (value instanceof Integer number) {
            parent.put(name, number);
        } else if (value instanceof BigDecimal number) {
            boolean whole = number.stripTrailingZeros().scale() <= 0;
            if (schemaField != null && schemaField.kind() == ProposalField.Kind.INTEGER && whole) {
                parent.put(name, number.toBigInteger());
            } else {
                parent.put(name, number);
            }
        } else if (value instanceof LocalDateTime time) {
            parent.put(name, time.atZone(Formats.SEOUL).toOffsetDateTime().toString());
        } else {
            parent.put(name, value.toString().trim());
        }
    }

    void clearErrors() {
        fields.values().forEach(field -> {
            if (field instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
    }

    /**
     * Shows a message on the field its JSON path names ({@code company.valueChain[1]} → the value-chain box).
     * @return false when no field matches (the message is then shown above the form)
     */
    boolean showError(String path, String message) {
        String key = path.replaceAll("\\[\\d+]", "");
        while (!key.isEmpty()) {
            if (fields.get(key) instanceof HasValidation validated) {
                validated.setErrorMessage(message);
                validated.setInvalid(true);
                return true;
            }
            int dot = key.lastIndexOf('.');
            key = dot < 0 ? "" : key.substring(0, dot);
        }
        return false;
    }
}
