package kr.oneteam.app.exchange;

/** How a column's cells become JSON values (and back): the INTAKE.md type of the field it holds. */
enum ColumnKind {
    /** A string as written. */
    TEXT,
    /** An integer; thousands separators are allowed. */
    INTEGER,
    /** A decimal number. */
    DECIMAL,
    /** 예/아니오, yes/no, true/false, Y/N, 1/0, or a spreadsheet boolean. */
    BOOLEAN,
    /** ISO-8601 with an offset; a spreadsheet date or a time without an offset is Asia/Seoul. */
    DATE_TIME,
    /** One vocabulary value, by code or by its Korean or English label. */
    ENUM,
    /** Several vocabulary values separated by {@code ;}, {@code ,} or line breaks. */
    ENUM_SET,
    /** Several codes (programme codes, country codes) separated by {@code ;}, {@code ,} or line breaks. */
    CODE_LIST,
    /** Free-text items, one per line (they may contain commas). */
    TEXT_LINES,
    /** Consortium members, one per line: {@code 이름; 규모; 역할}. */
    CONSORTIUM,
    /** Written by the export only (id, status, recommendations, decisions); ignored when imported. */
    EXPORT_ONLY
}
