package kr.oneteam.domain.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import kr.oneteam.domain.vocabulary.SandboxTrack;

/**
 * The reply deadline a sandbox track carries, in days from receipt: the ICT sandbox's rapid confirmation (신속확인)
 * must be answered within 30 days. It applies to every proposal naming the track, whatever the rules recommend.
 */
@Entity
@Table(name = "sandbox_track_deadline")
public class SandboxTrackDeadline {

    public static final int MAX_DAYS = 365;
    public static final int BASIS_MAX = 300;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "track", length = 24)
    private SandboxTrack track;

    @Column(name = "reply_days", nullable = false)
    private int replyDays;

    @Column(name = "basis", nullable = false, length = BASIS_MAX)
    private String basis;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SandboxTrackDeadline() {
    }

    public SandboxTrackDeadline(SandboxTrack track, int replyDays, String basis) {
        if (Objects.requireNonNull(track, "track") == SandboxTrack.NONE) {
            throw new IllegalArgumentException("the track NONE carries no deadline");
        }
        this.track = track;
        change(replyDays, basis);
    }

    public void change(int days, String newBasis) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("reply deadline of " + track + " must be 1–" + MAX_DAYS + " days: " + days);
        }
        if (newBasis == null || newBasis.isBlank() || newBasis.strip().length() > BASIS_MAX) {
            throw new IllegalArgumentException("the basis of a deadline is 1–" + BASIS_MAX + " characters");
        }
        this.replyDays = days;
        this.basis = newBasis.strip();
    }

    public SandboxTrack getTrack() {
        return track;
    }

    public int getReplyDays() {
        return replyDays;
    }

    public String getBasis() {
        return basis;
    }
}
