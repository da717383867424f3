package kr.oneteam.domain.ruleset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Why the last attempt through one channel to change the active ruleset was refused — the directory import,
 * a publication, an instance that cannot compile the active version — as {@code file:line:column message}
 * lines. In the database so that every instance reports the same problems; deleted as soon as they no
 * longer hold (the channel's content is active again, or a later attempt passed).
 */
@Entity
@Table(name = "ruleset_refusal")
public class RulesetRefusal {

    public static final int PROBLEMS_MAX = 20_000;

    @Id
    @Column(name = "channel", length = 100)
    private String channel;

    @Column(name = "content_hash", length = 80)
    private String contentHash;

    @Column(name = "problems", nullable = false, length = PROBLEMS_MAX)
    private String problems;

    @Column(name = "refused_at", nullable = false)
    private OffsetDateTime refusedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RulesetRefusal() {
    }

    public RulesetRefusal(String channel, String contentHash, List<String> problems, Clock clock) {
        if (channel == null || channel.isBlank() || channel.length() > 100) {
            throw new IllegalArgumentException("a refusal needs a channel of at most 100 characters");
        }
        this.channel = channel;
        refused(contentHash, problems, clock);
    }

    /** The channel was refused again, perhaps for other reasons. */
    public void refused(String hash, List<String> lines, Clock clock) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("a refusal has at least one problem");
        }
        String text = String.join("\n", lines);
        this.problems = text.length() <= PROBLEMS_MAX ? text : text.substring(0, PROBLEMS_MAX - 12) + "\n…[truncated]";
        this.contentHash = hash;
        this.refusedAt = OffsetDateTime.now(Objects.requireNonNull(clock, "clock"));
    }

    public String getChannel() {
        return channel;
    }

    public String getContentHash() {
        return contentHash;
    }

    public List<String> problems() {
        return List.of(problems.split("\n"));
    }

    public OffsetDateTime getRefusedAt() {
        return refusedAt;
    }
}
