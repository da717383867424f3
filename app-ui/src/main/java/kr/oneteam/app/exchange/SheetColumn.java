package kr.oneteam.app.exchange;

import java.util.Locale;
import kr.oneteam.domain.vocabulary.Labelled;

/**
 * One column of the proposal sheet: the INTAKE.md JSON path it holds, how its cells read, its vocabulary (for
 * {@link ColumnKind#ENUM} and {@link ColumnKind#ENUM_SET}) and its header in Korean and English. Headers are
 * part of the file format, not UI text: a file written in one language is read in the other.
 */
public record SheetColumn(String path, ColumnKind kind, Class<? extends Enum<?>> vocabulary, String korean,
                          String english, boolean required) {

    public String header(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : korean;
    }

    /** The block of INTAKE.md the field is in ({@code compute} for {@code compute.quantity}), or "" at the top. */
    String block() {
        int dot = path.indexOf('.');
        return dot < 0 || path.startsWith("company.") ? "" : path.substring(0, dot);
    }

    /** The field's name inside its block ({@code quantity}), or the whole path at the top level. */
    String leaf() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    @SuppressWarnings("unchecked")
    Labelled[] values() {
        return (Labelled[]) vocabulary.getEnumConstants();
    }
}
