package kr.oneteam.app.dashboard.ui;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn on the server as SVG markup (issue 10: no JavaScript charting can be built here). Each row is one
 * bar made of segments; a segment with an address is a link (a click opens the queue filtered to it). Every text is
 * escaped: labels may come from analysts' rules or officers' input. The chart is hidden from assistive technology
 * and its links are out of the tab order, because the table beside it carries the same numbers and links.
 */
final class SvgChart {

    /** One coloured part of a bar. {@code tone} picks the colour (0 primary, 1 second, 2 third, 3 grey). */
    record Segment(long value, String href, int tone, String title) {
    }

    record Row(String label, List<Segment> segments) {
        long total() {
            return segments.stream().mapToLong(Segment::value).sum();
        }
    }

    /** Colours with at least 3:1 contrast against white (WCAG 1.4.11 for graphics). */
    private static final String[] TONES = {"#1a5fb4", "#c64600", "#26804a", "#6b6b6b"};
    private static final int LABEL_WIDTH = 190;
    private static final int BAR_AREA = 300;
    private static final int VALUE_WIDTH = 70;
    private static final int ROW_HEIGHT = 24;
    private static final int COLUMN_WIDTH = 22;
    private static final int COLUMN_AREA = 160;

    private SvgChart() {
    }

    /** Horizontal bars, one row each, the longest scaled to the bar area. */
    static String horizontal(String id, List<Row> rows) {
        long max = Math.max(1, rows.stream().mapToLong(Row::total).max().orElse(1));
        int width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
        int height = Math.max(1, rows.size()) * ROW_HEIGHT + 4;
        StringBuilder svg = open(id, width, height);
        int y = 2;
        for (Row row : rows) {
            text(svg, LABEL_WIDTH - 6, y + 16, "end", truncate(row.label(), 24));
            double x = LABEL_WIDTH;
            for (Segment s : row.segments()) {
                double w = s.value() * (double) BAR_AREA / max;
                bar(svg, s, x, y + 3, w, ROW_HEIGHT - 6);
                x += w;
            }
            text(svg, x + 6, y + 16, "start", String.format(Locale.ROOT, "%,d", row.total()));
            y += ROW_HEIGHT;
        }
        return svg.append("</svg>").toString();
    }

    /** Vertical columns (weeks): labels below, at most every few labelled so they do not overlap. */
    static String vertical(String id, List<Row> rows) {
        long max = Math.max(1, rows.stream().mapToLong(Row::total).max().orElse(1));
        int width = Math.max(200, rows.size() * COLUMN_WIDTH + 40);
        int height = COLUMN_AREA + 56;
        StringBuilder svg = open(id, width, height);
        int every = Math.max(1, (int) Math.ceil(rows.size() / 8.0));
        double x = 30;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double y = COLUMN_AREA + 20;
            for (Segment s : row.segments()) {
                double h = s.value() * (double) COLUMN_AREA / max;
                y -= h;
                bar(svg, s, x + 2, y, COLUMN_WIDTH - 4, h);
            }
            if (row.total() > 0) {
                text(svg, x + COLUMN_WIDTH / 2.0, y - 4, "middle", Long.toString(row.total()));
            }
            if (i % every == 0) {
                text(svg, x + COLUMN_WIDTH / 2.0, COLUMN_AREA + 38, "middle", truncate(row.label(), 10));
            }
            x += COLUMN_WIDTH;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, int width, int height) {
        return new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(escape(id))
                .append("\" class=\"insight-chart\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-hidden=\"true\" focusable=\"false\" font-family=\"sans-serif\" font-size=\"12\">");
    }

    private static void bar(StringBuilder svg, Segment s, double x, double y, double w, double h) {
        if (s.value() <= 0) {
            return;
        }
        boolean link = s.href() != null;
        if (link) {
            svg.append("<a href=\"").append(escape(s.href())).append("\" tabindex=\"-1\" class=\"insight-bar\">");
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">",
                x, y, Math.max(w, 1.5), Math.max(h, 0), TONES[Math.floorMod(s.tone(), TONES.length)]));
        svg.append("<title>").append(escape(s.title())).append("</title></rect>");
        if (link) {
            svg.append("</a>");
        }
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"#1f2933\">", x, y, anchor))
                .append(escape(text)).append("</text>");
    }

    private static String truncate(String text, int codePoints) {
        if (text == null) {
            return "";
        }
        return text.codePointCount(0, text.length()) <= codePoints ? text
                : text.substring(0, text.offsetByCodePoints(0, codePoints - 1)) + "…";
    }

    /** XML text and attribute escaping; control characters other than tab and newline are dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
