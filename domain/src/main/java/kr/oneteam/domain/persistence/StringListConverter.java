package kr.oneteam.domain.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.ArrayList;
import java.util.List;

/**
 * Stores an ordered list of short strings (rule ids, flags, agency names, country codes) in one column,
 * one item per line. Backslashes and line breaks inside an item are escaped so any text survives the
 * round trip. An empty list is stored as NULL and read back as null,
 * which entity getters turn into the empty list.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> items) {
        if (items == null || items.isEmpty()) {
            return null;
        }
        StringBuilder column = new StringBuilder();
        for (String item : items) {
            if (column.length() > 0) {
                column.append('\n');
            }
            column.append(item.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n"));
        }
        return column.toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return null;   // entities read null as the empty list; keeps an absent embedded block absent
        }
        List<String> items = new ArrayList<>();
        for (String escaped : column.split("\n", -1)) {
            items.add(unescape(escaped));
        }
        return List.copyOf(items);
    }

    private static String unescape(String escaped) {
        StringBuilder item = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                item.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                item.append(c);
            }
        }
        return item.toString();
    }
}
