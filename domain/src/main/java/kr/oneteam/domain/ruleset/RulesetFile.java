package kr.oneteam.domain.ruleset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Objects;

/** One file of a ruleset: a DRL file or a scenario file, by its path inside the ruleset. */
@Embeddable
public class RulesetFile {

    /** Fits PostgreSQL's varchar limit (10,485,760) and H2's; a 5,000-rule DRL file is a few MB. */
    public static final int CONTENT_MAX = 10_000_000;

    @Column(name = "path", nullable = false, length = 300)
    private String path;

    /** Plain VARCHAR on both databases (Hibernate would pick CLOB on H2 for this length; the schema has varchar). */
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "content", nullable = false, length = CONTENT_MAX)
    private String content;

    protected RulesetFile() {
    }

    public RulesetFile(String path, String content) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("ruleset file path is required");
        }
        Objects.requireNonNull(content, "content of " + path);
        if (content.length() > CONTENT_MAX) {
            throw new IllegalArgumentException("ruleset file " + path + " is longer than " + CONTENT_MAX + " characters");
        }
        this.path = path.trim();
        this.content = content;
    }

    public String path() {
        return path;
    }

    public String content() {
        return content;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RulesetFile that && path.equals(that.path) && content.equals(that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, content);
    }

    @Override
    public String toString() {
        return path + " (" + content.length() + " chars)";
    }
}
