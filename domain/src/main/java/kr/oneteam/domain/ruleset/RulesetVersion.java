package kr.oneteam.domain.ruleset;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A ruleset as it was activated: its files, their hash, how many rules it has, who published it, when,
 * from where and why. Content never changes after creation; only the active flag does. The same
 * content is one row (the hash is unique): re-activating an old ruleset re-uses its row.
 */
@Entity
@Table(name = "ruleset_version")
public class RulesetVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ruleset_version_seq")
    @SequenceGenerator(name = "ruleset_version_seq", sequenceName = "ruleset_version_seq", allocationSize = 50)
    private Long id;

    /** A human name such as "2026.1"; not unique (analysts may keep the name across edits). */
    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "content_hash", nullable = false, unique = true, length = 80)
    private String contentHash;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ruleset_file", joinColumns = @JoinColumn(name = "ruleset_version_id"))
    @OrderColumn(name = "item_order")
    private List<RulesetFile> files = new ArrayList<>();

    /** Where the files came from: e.g. "classpath:rules", "upload", "editor". */
    @Column(name = "source", nullable = false, length = 200)
    private String source;

    @Column(name = "rule_count", nullable = false)
    private int ruleCount;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RulesetVersion() {
    }

    public RulesetVersion(String name, List<RulesetFile> files, int ruleCount, String source,
                          String publishedBy, String note, Clock clock) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("ruleset name is required");
        }
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("a ruleset needs at least one file");
        }
        if (ruleCount < 0) {
            throw new IllegalArgumentException("ruleCount must not be negative");
        }
        if (publishedBy == null || publishedBy.isBlank()) {
            throw new IllegalArgumentException("publishedBy is required");
        }
        this.name = name.trim();
        this.files = new ArrayList<>(files);
        this.contentHash = RulesetHash.of(files).value();
        this.ruleCount = ruleCount;
        this.source = source == null || source.isBlank() ? "unknown" : source.trim();
        this.publishedBy = publishedBy.trim();
        this.note = note;
        this.publishedAt = OffsetDateTime.now(Objects.requireNonNull(clock, "clock"));
    }

    public void activate() {
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContentHash() {
        return contentHash;
    }

    public RulesetHash hash() {
        return RulesetHash.parse(contentHash);
    }

    public List<RulesetFile> getFiles() {
        return List.copyOf(files);
    }

    public String getSource() {
        return source;
    }

    public int getRuleCount() {
        return ruleCount;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getNote() {
        return note;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return name + " " + contentHash;
    }
}
