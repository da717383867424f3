package kr.oneteam.app.proposal;

import kr.oneteam.domain.vocabulary.DataDomain;
import kr.oneteam.domain.vocabulary.DataNeed;
import kr.oneteam.domain.vocabulary.ExportArtifact;
import kr.oneteam.domain.vocabulary.Sensitivity;

import java.util.Set;

/** Data request (INTAKE.md {@code data}). */
public record DataForm(DataNeed need, Set<DataDomain> domains, Sensitivity sensitivity, boolean closedEnvironment,
                       boolean linkage, ExportArtifact exportArtifact) {
}
