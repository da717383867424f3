package kr.oneteam.app.proposal;

import kr.oneteam.domain.vocabulary.InnovationProduct;

import java.util.List;

/** Public-demand situation (INTAKE.md {@code procurement}). */
public record ProcurementForm(boolean konepsRegistered, InnovationProduct innovationProduct,
                              List<String> targetAgencies) {
}
