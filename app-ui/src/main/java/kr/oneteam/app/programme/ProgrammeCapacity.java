package kr.oneteam.app.programme;

import java.util.Locale;
import kr.oneteam.domain.programme.CapacityUnit;
import kr.oneteam.domain.programme.Programme;

/** One line of the catalogue as the UI shows it: a snapshot, so views never hold entities. */
public record ProgrammeCapacity(String code, String nameKo, String nameEn, String agency, String gives,
                                CapacityUnit unit, Long capacity, long reserved, Long remaining) {

    static ProgrammeCapacity of(Programme programme) {
        return new ProgrammeCapacity(programme.getCode().value(), programme.getNameKo(), programme.getNameEn(),
                programme.getAgency(), programme.getGives(), programme.getCapacityUnit(),
                programme.getCapacity(), programme.getReserved(), programme.remaining());
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }

    public boolean isLimited() {
        return capacity != null;
    }
}
