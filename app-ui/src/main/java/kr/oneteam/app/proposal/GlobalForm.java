package kr.oneteam.app.proposal;

import kr.oneteam.domain.vocabulary.DemandSite;

import java.util.List;

/** Going abroad (INTAKE.md {@code global}); countries are ISO-3166 alpha-2 codes. */
public record GlobalForm(List<String> targetCountries, DemandSite demandSite, boolean governmentBacked) {
}
