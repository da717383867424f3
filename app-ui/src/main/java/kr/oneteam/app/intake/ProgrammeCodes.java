package kr.oneteam.app.intake;

import java.util.Set;

/** The programme codes of the catalogue, against which {@code company.currentAwards} is checked. */
public interface ProgrammeCodes {

    Set<String> known();
}
