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
            throw new IllegalArgumentException("event code must be 1–40 letters, digits, '-' or '_': " + code);
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("an event needs its first and last day, the last not before the first");
        }
        if (startsOn.plusDays(LONGEST_DAYS).isBefore(endsOn)) {
            throw new IllegalArgumentException("an event lasts at most " + LONGEST_DAYS + " days");
        }
        this.code = code;
        this.nameKo = name(nameKo, "nameKo");
        this.nameEn = nameEn == null || nameEn.isBlank() ? this.nameKo : name(nameEn, "nameEn");
        this.channel = channel;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = createdBy;
        this.createdAt = OffsetDateTime.now(clock);
    }

    private static String name(String text, String field) {
        if (text == null || text.isBlank() || text.strip().codePointCount(0, text.strip().length()) > NAME_MAX
                || text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must be 1–" + NAME_MAX + " characters without control characters");
        }
        return text.strip();
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

    public String getCreatedBy() {
        return createdBy;
    }
}
