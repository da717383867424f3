package kr.oneteam.app.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.oneteam.app.dashboard.BacklogItem;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.DecisionOutcome;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.ProposalStatus;

/**
 * A briefing: what it covers ({@code titleKo}/{@code titleEn}: the event's name or the dates), one line per proposal,
 * the backlog themes. {@code truncated}: more proposals matched than {@link BriefingService#MAX_LINES}.
 */
public record Briefing(String titleKo, String titleEn, LocalDate from, LocalDate to, Instant madeAt, List<Line> lines,
                       List<BacklogItem> backlog, long total, boolean truncated) {

    /** One company's ask. Texts are as stored: shown as text, never as markup. */
    public record Line(long proposalId, Instant receivedAt, String company, String ask, List<Category> categories,
                       ProposalStatus status, List<Programme> recommended, List<Programme> decided, String reply,
                       List<OpenFollowUp> followUps) {
    }

    /** A programme on a line: recommended at {@code eligibility}, or decided with {@code outcome}. */
    public record Programme(String code, Eligibility eligibility, DecisionOutcome outcome, boolean override) {
    }

    public record OpenFollowUp(String action, String owner, LocalDate due) {
    }

    public String title(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? titleEn : titleKo;
    }
}
