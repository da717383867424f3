package kr.oneteam.app.proposal;

import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.Spectrum;

import java.math.BigDecimal;

/** Power, site and spectrum needs (INTAKE.md {@code infra}). */
public record InfraForm(BigDecimal powerMw, Region siteRegion, Spectrum spectrum) {
}
