package kr.oneteam.app.briefing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.oneteam.app.dashboard.DashboardScope;
import kr.oneteam.domain.vocabulary.Channel;

/**
 * A briefing's scope in its address ({@code briefing?event=1}, {@code briefing?from=2025-07-01&to=2025-07-31}),
 * so a briefing can be linked, bookmarked and opened again. Reading is forgiving: what is not a date or an id is
 * dropped, never an error.
 */
public final class BriefingScopes {

    private BriefingScopes() {
    }

    public static DashboardScope read(Map<String, List<String>> parameters) {
        Long event = first(parameters, "event") == null ? null : id(first(parameters, "event"));
        String programme = first(parameters, "programme");
        if (programme != null && !programme.matches("[A-Z0-9_-]{1,16}")) {
            programme = null;
        }
        if (event != null) {
            return new DashboardScope(null, null, null, event, programme);
        }
        return new DashboardScope(date(first(parameters, "from")), date(first(parameters, "to")),
                channel(first(parameters, "channel")), null, programme);
    }

    public static Map<String, String> write(DashboardScope scope) {
        Map<String, String> p = new LinkedHashMap<>();
        if (scope.eventId() != null) {
            p.put("event", scope.eventId().toString());
        } else {
            if (scope.from() != null) {
                p.put("from", scope.from().toString());
            }
            if (scope.to() != null) {
                p.put("to", scope.to().toString());
            }
            if (scope.channel() != null) {
                p.put("channel", scope.channel().name());
            }
        }
        if (scope.programme() != null) {
            p.put("programme", scope.programme());
        }
        return p;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    private static Long id(String value) {
        return value.matches("\\d{1,12}") ? Long.valueOf(value) : null;
    }

    private static Channel channel(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Channel.valueOf(value);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
