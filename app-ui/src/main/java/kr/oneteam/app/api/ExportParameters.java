package kr.oneteam.app.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kr.oneteam.app.deadline.DeadlineState;
import kr.oneteam.app.exchange.SheetFormat;
import kr.oneteam.app.intake.FieldProblem;
import kr.oneteam.app.intake.InvalidProposalException;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import org.springframework.data.domain.Sort;

/**
 * The export's query parameters: the queue's own (the names of its address, {@code queue/ui/QueueLocation}) plus
 * {@code format}. Unlike the screen, which drops a value it does not know (decision record 082), a client is told:
 * every bad parameter is named in one 400 problem+json, with the values allowed.
 */
record ExportParameters(SheetFormat format, QueueFilter filter, Sort sort) {

    static final List<String> SORTS = List.of("status", "receivedAt", "companyName", "topScore", "eligibleCount",
            "nextFollowUpDue", "assignee");
    static final Set<String> NAMES = Set.of("format", "status", "programme", "eligibility", "category", "size", "region",
            "from", "to", "q", "overdue", "assignee", "channel", "deadline", "sort");
    private static final int TEXT_MAX = 200;

    /** @param caller whose cases {@code assignee=me} means */
    static ExportParameters read(Map<String, String[]> parameters, String caller) {
        Reader r = new Reader(parameters);
        r.unknown();
        SheetFormat format = r.value("format", v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "csv" -> SheetFormat.CSV;
            case "xlsx" -> SheetFormat.XLSX;
            default -> null;
        }, "csv, xlsx");
        if (format == null && r.absent("format")) {
            r.problems.add(FieldProblem.of("format", "intake.required"));
        }
        String assignee = r.value("assignee", v -> v.length() <= 64 ? v : null, "me, a user name");
        QueueFilter filter = new QueueFilter(
                r.enumValue("status", ProposalStatus.class),
                r.value("programme", v -> ProgrammeCode.isValid(v) ? v : null, "P01–P99, BACKLOG"),
                r.enumValue("eligibility", Eligibility.class),
                r.enumValue("category", Category.class),
                r.enumValue("size", SizeClass.class),
                r.enumValue("region", Region.class),
                r.value("from", ExportParameters::date, "yyyy-mm-dd"),
                r.value("to", ExportParameters::date, "yyyy-mm-dd"),
                r.value("q", v -> v.length() <= TEXT_MAX ? v : null, "at most " + TEXT_MAX + " characters"),
                Boolean.TRUE.equals(r.value("overdue", v -> v.equals("true") ? Boolean.TRUE
                        : v.equals("false") ? Boolean.FALSE : null, "true, false")),
                "me".equals(assignee) ? caller : assignee,
                r.enumValue("channel", Channel.class),
                r.enumValue("deadline", DeadlineState.class));
        if (filter.receivedFrom() != null && filter.receivedTo() != null
                && filter.receivedTo().isBefore(filter.receivedFrom())) {
            r.problems.add(FieldProblem.of("to", "api.badParameter", "a day not before 'from'"));
        }
        Sort sort = r.value("sort", ExportParameters::sort, String.join(", ", SORTS) + " (.asc or .desc)");
        if (!r.problems.isEmpty()) {
            throw new InvalidProposalException(r.problems);
        }
        return new ExportParameters(format, filter, sort == null ? Sort.by(Sort.Direction.DESC, "receivedAt") : sort);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static Sort sort(String value) {
        String[] parts = value.split("\\.", 2);
        if (!SORTS.contains(parts[0]) || parts.length > 1 && !parts[1].equals("asc") && !parts[1].equals("desc")) {
            return null;
        }
        return Sort.by(parts.length > 1 && parts[1].equals("asc") ? Sort.Direction.ASC : Sort.Direction.DESC, parts[0]);
    }

    /** Reads one parameter at a time and keeps every problem, so the answer names them all. */
    private static final class Reader {

        private final Map<String, String[]> parameters;
        private final List<FieldProblem> problems = new ArrayList<>();

        Reader(Map<String, String[]> parameters) {
            this.parameters = parameters;
        }

        void unknown() {
            parameters.keySet().stream().filter(name -> !NAMES.contains(name)).sorted().forEach(name ->
                    problems.add(FieldProblem.of(name, "api.badParameter", String.join(", ", NAMES.stream().sorted().toList()))));
        }

        boolean absent(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 || values[0].isBlank();
        }

        <T> T value(String name, Function<String, T> parse, String allowed) {
            String[] values = parameters.get(name);
            if (values == null || values.length == 0 || values[0].isBlank()) {
                return null;
            }
            T parsed = values.length == 1 ? parse.apply(values[0].strip()) : null;
            if (parsed == null) {
                problems.add(FieldProblem.of(name, "api.badParameter", allowed));
            }
            return parsed;
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type) {
            return value(name, v -> Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(v)).findFirst()
                    .orElse(null), String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
