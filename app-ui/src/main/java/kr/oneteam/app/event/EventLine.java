package kr.oneteam.app.event;

import java.time.LocalDate;
import java.util.Locale;
import kr.oneteam.domain.event.IntakeEvent;
import kr.oneteam.domain.vocabulary.Channel;

/** An intake event as screens show it: a snapshot, so views never hold entities. */
public record EventLine(long id, String code, String nameKo, String nameEn, Channel channel, LocalDate startsOn,
                        LocalDate endsOn, long version) {

    static EventLine of(IntakeEvent e) {
        return new EventLine(e.getId(), e.getCode(), e.getNameKo(), e.getNameEn(), e.getChannel(), e.getStartsOn(),
                e.getEndsOn(), e.getVersion());
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }
}
