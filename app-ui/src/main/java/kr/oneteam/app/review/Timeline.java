package kr.oneteam.app.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.oneteam.app.review.TimelineEntry.Kind;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.recommendation.Recommendation;

/**
 * A case's one timeline, newest first: every audit entry of the proposal turned into a line, plus what the
 * proposal's own columns say about its receipt. The audit log is the record; but proposals stored before
 * intake wrote {@code RECEIVE} (and the demo data) have no entry for their receipt and first routing, so
 * those lines come from {@code received_at}, {@code created_at} and the ruleset version instead of being lost.
 */
final class Timeline {

    /** Long texts (a reply of 20,000 characters) are cut here; the full text is in the proposal itself. */
    static final int DETAIL_MAX = 280;

    /** The longest prefixes first: "RECEIVE INFO" is not "RECEIVE". */
    private static final List<Prefix> PREFIXES = List.of(
            new Prefix("RECEIVE INFO", Kind.INFO_RECEIVED), new Prefix("REQUEST INFO", Kind.INFO_REQUESTED),
            new Prefix("UNDO DECISION", Kind.UNDONE), new Prefix("ADD FOLLOW-UP", Kind.FOLLOW_UP_ADDED),
            new Prefix("COMPLETE FOLLOW-UP", Kind.FOLLOW_UP_DONE), new Prefix("RECEIVE", Kind.ROUTED),
            new Prefix("REROUTE", Kind.REROUTED), new Prefix("ACCEPT", Kind.ACCEPTED),
            new Prefix("DECLINE", Kind.DECLINED), new Prefix("OVERRIDE", Kind.OVERRIDDEN),
            new Prefix("REPLY", Kind.REPLIED), new Prefix("CLOSE", Kind.CLOSED), new Prefix("REOPEN", Kind.REOPENED),
            new Prefix("ASSIGN", Kind.ASSIGNED));

    /** What ReviewService writes for a recommendation: "P06 ELIGIBLE · DECLINED (kim) 'why' · reserved 16 GPU". */
    private static final Pattern DESCRIBED = Pattern.compile(
            "^\\S+ (?:ELIGIBLE|CONDITIONAL|INELIGIBLE) · (?:UNDECIDED|(?:ACCEPTED|DECLINED) \\([^)]*\\)(?: '(?<comment>.*)')?)"
                    + "(?: · reserved \\d+ \\S+)?");
    private static final Pattern STATUS_PREFIX = Pattern.compile("^[A-Z_]+ · ");

    private Timeline() {
    }

    static List<TimelineEntry> of(Proposal proposal, List<AuditEntry> history, String rulesetLabel) {
        List<TimelineEntry> lines = new ArrayList<>(history.size() + 2);
        lines.add(new TimelineEntry(proposal.getReceivedAt().toInstant(), null, Kind.RECEIVED,
                proposal.getChannel().name(), proposal.getExternalRef()));
        boolean receiptRecorded = history.stream().anyMatch(e -> kindOf(e.getAction()) == Kind.ROUTED);
        if (!receiptRecorded) {
            lines.add(firstRouting(proposal, history, rulesetLabel));
        }
        for (AuditEntry entry : history) {
            lines.add(line(entry));
        }
        // Newest first; a stable sort keeps the log's own order (oldest → newest) reversed for equal times.
        List<TimelineEntry> newestFirst = new ArrayList<>(lines.size());
        for (int i = lines.size() - 1; i >= 0; i--) {
            newestFirst.add(lines.get(i));
        }
        newestFirst.sort(Comparator.comparing(TimelineEntry::at, Comparator.reverseOrder()));
        return List.copyOf(newestFirst);
    }

    /**
     * The routing on receipt, read from the proposal: when it was stored, by which version, with what
     * outcome. Once re-routed, the proposal's version is the newer one; the first REROUTE says which it replaced.
     */
    private static TimelineEntry firstRouting(Proposal proposal, List<AuditEntry> history, String rulesetLabel) {
        Instant storedAt = proposal.getCreatedAt().toInstant();
        String detail = history.stream().filter(e -> kindOf(e.getAction()) == Kind.REROUTED).findFirst()
                .map(AuditEntry::getBefore)
                .orElseGet(() -> proposal.getRoutingFailure().map(f -> rulesetLabel + " · " + f)
                        .orElseGet(() -> rulesetLabel + " · " + outcome(proposal)));
        return new TimelineEntry(storedAt, null, Kind.ROUTED, null, clip(detail));
    }

    private static String outcome(Proposal proposal) {
        List<Recommendation> byRules = proposal.getRecommendations().stream().filter(r -> !r.isOverride()).toList();
        if (byRules.isEmpty()) {
            return "—";
        }
        return String.join(", ", byRules.stream().map(r -> r.getProgramme().value() + " " + r.getEligibility()).toList());
    }

    static TimelineEntry line(AuditEntry entry) {
        String action = entry.getAction();
        Kind kind = kindOf(action);
        String subject = subjectOf(action, kind);
        String after = entry.getAfter();
        String detail = switch (kind) {
            case ACCEPTED, DECLINED -> comment(after);
            case UNDONE -> null;
            case OVERRIDDEN -> afterDescription(after);
            case INFO_REQUESTED, INFO_RECEIVED -> withoutStatus(after);
            case REPLIED -> withoutStatus(after);
            case FOLLOW_UP_ADDED -> after;
            case FOLLOW_UP_DONE -> stripSuffix(entry.getBefore(), " · open");
            case CLOSED -> null;
            case REOPENED -> null;
            case ASSIGNED -> null;
            default -> after;
        };
        if (kind == Kind.REPLIED && after != null && !after.startsWith("REPLIED")) {
            kind = Kind.REPLY_DRAFTED;
        }
        if (kind == Kind.ASSIGNED) {
            subject = after == null || after.isBlank() || "—".equals(after) ? null : after;
        }
        if (kind == Kind.OTHER) {
            subject = action;
        }
        return new TimelineEntry(entry.getAt().toInstant(), entry.getActor(), kind, subject, clip(detail));
    }

    static Kind kindOf(String action) {
        for (Prefix prefix : PREFIXES) {
            if (action.equals(prefix.text()) || action.startsWith(prefix.text() + " ")) {
                return prefix.kind();
            }
        }
        return Kind.OTHER;
    }

    /** "ACCEPT P01" → "P01"; actions without an object have none. */
    private static String subjectOf(String action, Kind kind) {
        if (kind == Kind.OTHER) {
            return null;
        }
        for (Prefix prefix : PREFIXES) {
            if (prefix.kind() == kind && action.startsWith(prefix.text() + " ")) {
                String rest = action.substring(prefix.text().length()).strip();
                return rest.isEmpty() ? null : rest;
            }
        }
        return null;
    }

    private static String comment(String described) {
        if (described == null) {
            return null;
        }
        Matcher m = DESCRIBED.matcher(described);
        return m.find() ? m.group("comment") : described;
    }

    /** An override's after-state is the recommendation, then " · reason · overrides R-…": keep what follows. */
    private static String afterDescription(String described) {
        if (described == null) {
            return null;
        }
        Matcher m = DESCRIBED.matcher(described);
        if (m.find() && described.length() > m.end() + 3) {
            return described.substring(m.end() + 3);
        }
        return described;
    }

    private static String withoutStatus(String text) {
        return text == null ? null : STATUS_PREFIX.matcher(text).replaceFirst("");
    }

    private static String stripSuffix(String text, String suffix) {
        return text != null && text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
    }

    static String clip(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = text.strip();
        return flat.length() <= DETAIL_MAX ? flat : flat.substring(0, DETAIL_MAX - 1) + "…";
    }

    private record Prefix(String text, Kind kind) {
    }
}
