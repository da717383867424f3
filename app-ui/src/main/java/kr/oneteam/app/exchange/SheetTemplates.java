package kr.oneteam.app.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kr.oneteam.domain.vocabulary.Labelled;

/**
 * The empty proposal sheet to fill in: the input columns' headers in Korean or English. The XLSX variant
 * carries a second worksheet, 작성 안내 / Guide, with each column's JSON path, whether it is required and
 * its allowed values (code = label).
 */
public final class SheetTemplates {

    private SheetTemplates() {
    }

    public static String fileName(SheetFormat format, Locale locale) {
        return ("en".equals(locale.getLanguage()) ? "proposal-template-en." : "proposal-template-ko.")
                + format.extension();
    }

    public static void write(SheetFormat format, Locale locale, OutputStream out) throws IOException {
        boolean english = "en".equals(locale.getLanguage());
        try (SheetWriter writer = SheetWriter.of(format, out, QueueExport.sheetName(locale))) {
            writer.row(SheetColumns.INPUT.stream().map(c -> c.header(locale)).toList());
            writer.sheet(english ? "Guide" : "작성 안내");
            writer.row(english ? List.of("Column", "JSON field", "Required", "Allowed values / format")
                    : List.of("열", "JSON 필드", "필수", "허용 값 / 형식"));
            for (SheetColumn column : SheetColumns.INPUT) {
                writer.row(List.of(column.header(locale), column.path(),
                        column.required() ? (english ? "required" : "필수") : "", allowed(column, locale)));
            }
        }
    }

    private static String allowed(SheetColumn column, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String values = column.vocabulary() == null ? "" : Arrays.stream(column.vocabulary().getEnumConstants())
                .map(v -> ((Enum<?>) v).name() + (v instanceof Labelled l ? " = " + l.label(locale) : ""))
                .collect(Collectors.joining(", "));
        return switch (column.kind()) {
            case ENUM -> values;
            case ENUM_SET -> (english ? "several, separated by ; — " : "여러 개는 ; 로 구분 — ") + values;
            case CODE_LIST -> english ? "codes separated by ; (P01; P02 / KR; US)" : "코드를 ; 로 구분 (P01; P02 / KR; US)";
            case TEXT_LINES -> english ? "one per line" : "한 줄에 하나";
            case CONSORTIUM -> english ? "one member per line: name; size class; LEAD or MEMBER"
                    : "한 줄에 한 기관: 이름; 기업 규모 코드; LEAD 또는 MEMBER";
            case BOOLEAN -> english ? "yes / no (TRUE / FALSE)" : "예 / 아니오 (TRUE / FALSE)";
            case DATE_TIME -> english ? "2025-07-08 15:30 (Korean time) or 2025-07-08T15:30:00+09:00"
                    : "2025-07-08 15:30 (한국 시간) 또는 2025-07-08T15:30:00+09:00";
            case INTEGER -> english ? "whole number" : "정수";
            case DECIMAL -> english ? "number" : "숫자";
            default -> "";
        };
    }
}
