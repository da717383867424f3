package kr.oneteam.domain.workspace;

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
import kr.oneteam.domain.ruleset.RulesetFile;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One analyst's draft of a ruleset: its files by path, which published version it started from, and when it
 * was last changed. Only its owner changes it; the service checks that. Paths and contents are checked by
 * the caller (the rules module knows what a ruleset file is); this class keeps paths unique.
 */
@Entity
@Table(name = "workspace_draft")
public class Draft {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workspace_draft_seq")
    @SequenceGenerator(name = "workspace_draft_seq", sequenceName = "workspace_draft_seq", allocationSize = 50)
    private Long id;

    @Column(name = "owner", nullable = false, length = 64)
    private String owner;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "based_on_version_id")
    private Long basedOnVersionId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "workspace_draft_file", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "item_order")
    private List<RulesetFile> files = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Draft() {
    }

    public Draft(String owner, String name, Long basedOnVersionId, List<RulesetFile> files, Clock clock) {
        this.owner = required(owner, "owner", 64);
        this.name = required(name, "name", NAME_MAX);
        this.basedOnVersionId = basedOnVersionId;
        this.files = new ArrayList<>(files);
        this.files.sort(Comparator.comparing(RulesetFile::path));
        this.createdAt = OffsetDateTime.now(clock);
        this.updatedAt = createdAt;
    }

    /** Writes a file (a new one, or new content for an existing path). */
    public void put(String path, String content, Clock clock) {
        RulesetFile file = new RulesetFile(path, content);
        files.removeIf(f -> f.path().equals(file.path()));
        files.add(file);
        files.sort(Comparator.comparing(RulesetFile::path));
        touch(clock);
    }

    public void rename(String from, String to, Clock clock) {
        RulesetFile old = file(from).orElseThrow(() -> new IllegalArgumentException("no file " + from + " in the draft"));
        if (file(to).isPresent()) {
            throw new IllegalArgumentException("the draft already has a file " + to);
        }
        files.remove(old);
        files.add(new RulesetFile(to, old.content()));
        files.sort(Comparator.comparing(RulesetFile::path));
        touch(clock);
    }

    public void delete(String path, Clock clock) {
        if (!files.removeIf(f -> f.path().equals(path))) {
            throw new IllegalArgumentException("no file " + path + " in the draft");
        }
        touch(clock);
    }

    public void rename(String newName, Clock clock) {
        this.name = required(newName, "name", NAME_MAX);
        touch(clock);
    }

    public Optional<RulesetFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    private void touch(Clock clock) {
        this.updatedAt = OffsetDateTime.now(clock);
    }

    private static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + " is at most " + max + " characters");
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public Long getBasedOnVersionId() {
        return basedOnVersionId;
    }

    public List<RulesetFile> getFiles() {
        return List.copyOf(files);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public boolean ownedBy(String user) {
        return Objects.equals(owner, user);
    }
}
