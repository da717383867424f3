package kr.oneteam.app.briefing;

import java.util.Locale;
import java.util.stream.Collectors;

/** How a briefing line's programmes and follow-ups read, the same on the page and in the PDF. */
public final class BriefingText {

    private BriefingText() {
    }

    /** {@code P01 적격, P06 조건부} — an officer's override marked (+). */
    public static String recommended(Briefing.Line line, Locale locale) {
        return line.recommended().isEmpty() ? "—" : line.recommended().stream()
                .map(p -> p.code() + " " + p.eligibility().label(locale) + (p.override() ? " (+)" : ""))
                .collect(Collectors.joining(", "));
    }

    /** {@code P01 수용, P02 반려}. */
    public static String decided(Briefing.Line line, Locale locale) {
        return line.decided().isEmpty() ? "—" : line.decided().stream()
                .map(p -> p.code() + " " + p.outcome().label(locale))
                .collect(Collectors.joining(", "));
    }

    /** {@code 2026-12-24 officer: NIPA 담당자 연결} per open follow-up, one a line. */
    public static String followUps(Briefing.Line line) {
        return line.followUps().isEmpty() ? "—" : line.followUps().stream()
                .map(f -> f.due() + " " + f.owner() + ": " + f.action())
                .collect(Collectors.joining("\n"));
    }
}
