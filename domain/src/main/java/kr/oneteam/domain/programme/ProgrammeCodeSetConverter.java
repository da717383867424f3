package kr.oneteam.domain.programme;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** Stores a set of programme codes as {@code ,P01,P04,} so that {@code LIKE '%,P04,%'} finds one. */
@Converter
public class ProgrammeCodeSetConverter implements AttributeConverter<Set<ProgrammeCode>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ProgrammeCode> codes) {
        if (codes == null || codes.isEmpty()) {
            return null;
        }
        StringBuilder column = new StringBuilder(",");
        new TreeSet<>(codes).forEach(code -> column.append(code.value()).append(','));
        return column.toString();
    }

    @Override
    public Set<ProgrammeCode> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return null;   // read as the empty set by the entity
        }
        TreeSet<ProgrammeCode> codes = new TreeSet<>();
        {
            for (String text : column.split(",")) {
                if (!text.isBlank()) {
                    codes.add(ProgrammeCode.of(text));
                }
            }
        }
        return Collections.unmodifiableSet(codes);
    }

    public static String containsPattern(ProgrammeCode code) {
        return "%," + code.value() + ",%";
    }
}
