package kr.oneteam.domain.proposal;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@link ProposalBulkInsert}'s INSERT statements as PostgreSQL's {@code COPY … FROM STDIN} (text format),
 * which takes a batch's rows in one stream instead of one bound statement per row (decision 147). The same rows
 * as the INSERT: its columns, its {@code ?} values in order, and its literal values ({@code 0}, {@code false},
 * {@code 'NONE'}) repeated in every row. An INSERT this class cannot read exactly (an expression, a cast) has no
 * COPY form, and stays an INSERT batch.
 */
final class PostgresCopy {

    private static final Pattern INSERT = Pattern.compile(
            "\\s*insert\\s+into\\s+(\\w+)\\s*\\(([^()]*)\\)\\s*values\\s*\\(([^()]*)\\)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\w+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern TEXT = Pattern.compile("'([^'\\\\]*)'");

    private final String copySql;
    /** Per column: the index of its {@code ?} among the INSERT's parameters, or -1 for a literal. */
    private final int[] parameter;
    /** Per column: its literal in COPY's text form (when {@code parameter} is -1). */
    private final String[] literal;

    private PostgresCopy(String copySql, int[] parameter, String[] literal) {
        this.copySql = copySql;
        this.parameter = parameter;
        this.literal = literal;
    }

    /** The COPY form of {@code insertSql}, or null when it is not a plain column list with {@code ?}s and literals. */
    static PostgresCopy of(String insertSql) {
        Matcher m = INSERT.matcher(insertSql);
        if (!m.matches()) {
            return null;
        }
        String[] columns = m.group(2).split(",");
        String[] values = m.group(3).split(",");
        if (columns.length != values.length) {
            return null;
        }
        int[] parameter = new int[columns.length];
        String[] literal = new String[columns.length];
        int next = 0;
        for (int c = 0; c < columns.length; c++) {
            columns[c] = columns[c].trim();
            String value = values[c].trim();
            if (!NAME.matcher(columns[c]).matches()) {
                return null;
            }
            parameter[c] = -1;
            if (value.equals("?")) {
                parameter[c] = next++;
            } else if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                literal[c] = value.toLowerCase(Locale.ROOT).equals("true") ? "t" : "f";
            } else if (NUMBER.matcher(value).matches()) {
                literal[c] = value;
            } else if (TEXT.matcher(value).matches()) {
                literal[c] = escape(value.substring(1, value.length() - 1));
            } else {
                return null;
            }
        }
        return new PostgresCopy("copy " + m.group(1) + " (" + String.join(", ", columns) + ") from stdin",
                parameter, literal);
    }

    /**
     * Copies {@code rows} (the INSERT's parameters of each row) through {@code connection}, which must be
     * PostgreSQL's; false, with nothing written, when a value has a type this class does not spell for COPY.
     */
    boolean copy(Connection connection, List<Object[]> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 160);
        for (Object[] row : rows) {
            for (int c = 0; c < parameter.length; c++) {
                if (c > 0) {
                    text.append('\t');
                }
                if (parameter[c] < 0) {
                    text.append(literal[c]);
                    continue;
                }
                String value = text(row[parameter[c]]);
                if (value == UNKNOWN) {
                    return false;
                }
                text.append(value);
            }
            text.append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY of " + rows.size() + " rows failed: " + e.getMessage(), e);
        }
        return true;
    }

    /** Whether {@code connection} is PostgreSQL's (through any pool wrapper). */
    static boolean isPostgres(Connection connection) throws SQLException {
        return connection.isWrapperFor(PGConnection.class);
    }

    private static final String UNKNOWN = new String("unknown type");

    /** A value in COPY's text form: {@code \N} for null, special characters escaped. */
    private static String text(Object value) {
        if (value == null) {
            return "\\N";
        } else if (value instanceof String s) {
            return escape(s);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return value.toString();
        } else if (value instanceof Boolean b) {
            return b ? "t" : "f";
        } else if (value instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof OffsetDateTime t) {
            return t.toString();   // ISO 8601 with its offset: PostgreSQL's timestamptz input reads it exactly
        }
        return UNKNOWN;
    }

    /** COPY's text format: backslash, tab, line feed and carriage return are escaped; everything else is as is. */
    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
