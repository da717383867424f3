package kr.oneteam.domain.recommendation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import kr.oneteam.domain.persistence.StringListConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * A recommendation's reasons in one column of its own row (decision 147): rule id and text of each reason in
 * turn, one per line, escaped as {@link StringListConverter} escapes (so any text survives). A separate row per
 * reason was four of every ten rows a batch intake wrote. No reasons is NULL, read back as the empty list.
 */
@Converter
public class RuleReasonsConverter implements AttributeConverter<List<RuleReason>, String> {

    /** The column's length (V140); far above what a ruleset's reasons can reach (each at most 1,000 characters). */
    public static final int COLUMN_MAX = 1_000_000;

    private static final StringListConverter LINES = new StringListConverter();

    @Override
    public String convertToDatabaseColumn(List<RuleReason> reasons) {
        if (reasons == null || reasons.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>(reasons.size() * 2);
        for (RuleReason reason : reasons) {
            lines.add(reason.rule());
            lines.add(reason.text());
        }
        String column = LINES.convertToDatabaseColumn(lines);
        if (column.length() > COLUMN_MAX) {
            throw new IllegalArgumentException("the " + reasons.size() + " reasons of a recommendation take "
                    + column.length() + " characters, more than the " + COLUMN_MAX + " its column holds");
        }
        return column;
    }

    @Override
    public List<RuleReason> convertToEntityAttribute(String column) {
        List<String> lines = LINES.convertToEntityAttribute(column);
        if (lines == null) {
            return List.of();
        }
        if (lines.size() % 2 != 0) {
            throw new IllegalStateException("a stored reasons column has an odd number of lines (" + lines.size() + ")");
        }
        List<RuleReason> reasons = new ArrayList<>(lines.size() / 2);
        for (int i = 0; i < lines.size(); i += 2) {
            reasons.add(new RuleReason(lines.get(i), lines.get(i + 1)));
        }
        return List.copyOf(reasons);
    }
}
