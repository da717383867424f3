package kr.oneteam.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.regex.Pattern;
import kr.oneteam.domain.vocabulary.Channel;

/**
 * A named occasion where proposals were raised, such as the 2025-07-08 KOSA meeting. A proposal belongs to it when it
 * came through the event's channel (any channel when none is set) on one of its days in Asia/Seoul: membership is
 * derived from what every proposal already carries, so naming an event afterwards gathers its proposals too
 * (decision record 101).
 */
@Entity
@Table(name = "intake_event")
public class IntakeEvent {

    public static final int NAME_MAX = 200;
    public static final int LONGEST_DAYS = 366;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_event_seq")
    @SequenceGenerator(name = "intake_event_seq", sequenceName = "intake_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name_ko", nullable = false, length = NAME_MAX)
    private String nameKo;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 16)
    private Channel channel;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected IntakeEvent() {
    }

    public IntakeEvent(String code, String nameKo, String nameEn, Channel channel, LocalDate startsOn,
                       LocalDate endsOn, String createdBy, Clock clock) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidEvent("code", "event code must be 1–40 letters, digits, '-' or '_': " + code);
        }
        this.code = code;
        this.createdBy = createdBy;
        this.createdAt = OffsetDateTime.now(clock);
        change(nameKo, nameEn, channel, startsOn, endsOn);
    }

    /** Renames the event or moves its days and channel; its code stays, since links and the audit log name it. */
    public void change(String newNameKo, String newNameEn, Channel newChannel, LocalDate newStartsOn, LocalDate newEndsOn) {
        if (newStartsOn == null) {
            throw new InvalidEvent("startsOn", "an event needs its first day");
        }
        if (newEndsOn == null || newEndsOn.isBefore(newStartsOn)) {
            throw new InvalidEvent("endsOn", "an event needs its last day, not before the first");
        }
        if (newStartsOn.plusDays(LONGEST_DAYS).isBefore(newEndsOn)) {
            throw new InvalidEvent("endsOn", "an event lasts at most " + LONGEST_DAYS + " days");
        }
        String ko = name(newNameKo, "nameKo");
        this.nameEn = newNameEn == null || newNameEn.isBlank() ? ko : name(newNameEn, "nameEn");
        this.nameKo = ko;
        this.channel = newChannel;
        this.startsOn = newStartsOn;
        this.endsOn = newEndsOn;
    }

    private static String name(String text, String field) {
        if (text == null || text.isBlank() || text.strip().codePointCount(0, text.strip().length()) > NAME_MAX
                || text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidEvent(field, field + " must be 1–" + NAME_MAX + " characters without control characters");
        }
        return text.strip();
    }

    /** What of an event is wrong, by field ({@code code}, {@code nameKo}, {@code nameEn}, {@code startsOn}, {@code endsOn}). */
    public static final class InvalidEvent extends IllegalArgumentException {

        private final String field;

        InvalidEvent(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }

    public String getNameKo() {
        return nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** Null: proposals of every channel on the event's days. */
    public Channel getChannel() {
        return channel;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public long getVersion() {
        return version;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
