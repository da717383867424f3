package kr.oneteam.app.queue.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kr.oneteam.app.deadline.DeadlineState;
import kr.oneteam.app.queue.QueueFilter;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;

/**
 * The queue's place as URL query parameters — filters, sort and the previewed proposal — so that back,
 * reload and a shared link all return to the same view: {@code /queue?status=AWAITING_REVIEW&programme=P01
 * &sort=receivedAt.desc&assignee=me}. Reading is forgiving: a value that is not one of ours (a typo, an
 * edited link, a hostile one) is dropped, never an error, and nothing read is ever shown as HTML.
 */
public record QueueLocation(QueueFilter filter, String sortProperty, boolean ascending, Long preview) {

    /** "assigned to me" in a link: each officer who opens it sees their own. */
    static final String ME = "me";
    private static final Set<String> SORTS = Set.of("status", "receivedAt", "companyName", "topScore", "eligibleCount",
            "nextFollowUpDue", "assignee");
    private static final int TEXT_MAX = 200;

    static QueueLocation initial() {
        return new QueueLocation(QueueFilter.none(), "receivedAt", false, null);
    }

    /**
     * The queue showing {@code filter}, newest first: how other screens link into it (the dashboard's bars, h-insight,
     * issue 10) without a format of their own.
     */
    public static QueueLocation of(QueueFilter filter) {
        return new QueueLocation(filter, "receivedAt", false, null);
    }

    /** {@code queue?programme=P01&…}: the address of this place, for a link. */
    public String href() {
        String query = write().getQueryString();
        return query.isEmpty() ? "queue" : "queue?" + query;
    }

    /** {@code assignee=me} in the filter is {@code me}, resolved to a user name by the view when it queries. */
    public static QueueLocation read(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        String assignee = first(p, "assignee", value -> value.length() <= 64 && !value.isBlank() ? value : null);
        QueueFilter filter = new QueueFilter(
                first(p, "status", v -> vocabulary(ProposalStatus.class, v)),
                first(p, "programme", v -> v.matches("P\\d{2}|BACKLOG") ? v : null),
                first(p, "eligibility", v -> vocabulary(Eligibility.class, v)),
                first(p, "category", v -> vocabulary(Category.class, v)),
                first(p, "size", v -> vocabulary(SizeClass.class, v)),
                first(p, "region", v -> vocabulary(Region.class, v)),
                first(p, "from", QueueLocation::date), first(p, "to", QueueLocation::date),
                first(p, "q", v -> v.length() > TEXT_MAX ? v.substring(0, TEXT_MAX) : v),
                "true".equals(first(p, "overdue", Function.identity())), assignee,
                first(p, "channel", v -> vocabulary(Channel.class, v)),
                first(p, "deadline", v -> vocabulary(DeadlineState.class, v)));
        String sort = first(p, "sort", Function.identity());
        String property = "receivedAt";
        boolean ascending = false;
        if (sort != null) {
            String[] parts = sort.split("\\.", 2);
            if (SORTS.contains(parts[0])) {
                property = parts[0];
                ascending = parts.length > 1 && "asc".equals(parts[1]);
            }
        }
        Long preview = first(p, "preview", v -> v.matches("\\d{1,18}") ? Long.valueOf(v) : null);
        return new QueueLocation(filter, property, ascending, preview);
    }

    public QueryParameters write() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", filter.searchText());
        put(p, "status", filter.status());
        put(p, "programme", filter.programme());
        put(p, "eligibility", filter.eligibility());
        put(p, "category", filter.category());
        put(p, "size", filter.sizeClass());
        put(p, "region", filter.region());
        put(p, "from", filter.receivedFrom());
        put(p, "to", filter.receivedTo());
        put(p, "overdue", filter.overdueOnly() ? "true" : null);
        put(p, "assignee", filter.assignee());
        put(p, "channel", filter.channel());
        put(p, "deadline", filter.deadline());
        if (!"receivedAt".equals(sortProperty) || ascending) {
            p.put("sort", sortProperty + (ascending ? ".asc" : ".desc"));
        }
        put(p, "preview", preview);
        return QueryParameters.simple(p);
    }

    QueueLocation with(QueueFilter newFilter) {
        return new QueueLocation(newFilter, sortProperty, ascending, preview);
    }

    QueueLocation sortedBy(String property, boolean asc) {
        return new QueueLocation(filter, SORTS.contains(property) ? property : "receivedAt", asc, preview);
    }

    QueueLocation previewing(Long id) {
        return new QueueLocation(filter, sortProperty, ascending, id);
    }

    private static void put(Map<String, String> p, String key, Object value) {
        if (value != null) {
            p.put(key, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    private static <T> T first(Map<String, List<String>> p, String key, Function<String, T> parse) {
        List<String> values = p.get(key);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return parse.apply(values.get(0).strip());
    }

    private static <E extends Enum<E>> E vocabulary(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
