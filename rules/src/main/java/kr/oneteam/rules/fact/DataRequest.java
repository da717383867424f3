package kr.oneteam.rules.fact;

import java.util.Set;
import kr.oneteam.domain.vocabulary.DataDomain;
import kr.oneteam.domain.vocabulary.DataNeed;
import kr.oneteam.domain.vocabulary.ExportArtifact;
import kr.oneteam.domain.vocabulary.Sensitivity;

/** A data request (INTAKE.md {@code data.*}); read in DRL as {@code data}. */
public final class DataRequest {

    private final DataNeed need;
    private final Set<DataDomain> domains;
    private final Sensitivity sensitivity;
    private final boolean closedEnvironment;
    private final boolean linkage;
    private final ExportArtifact exportArtifact;

    private DataRequest(Builder b) {
        this.need = b.need;
        this.domains = Sets.enums(b.domains, DataDomain.class);
        this.sensitivity = b.sensitivity;
        this.closedEnvironment = b.closedEnvironment;
        this.linkage = b.linkage;
        this.exportArtifact = b.exportArtifact;
    }

    public static Builder builder() {
        return new Builder();
    }

    public DataNeed getNeed() { return need; }
    public Set<DataDomain> getDomains() { return domains; }
    public Sensitivity getSensitivity() { return sensitivity; }
    public boolean isClosedEnvironment() { return closedEnvironment; }
    public boolean isLinkage() { return linkage; }
    public ExportArtifact getExportArtifact() { return exportArtifact; }

    @Override
    public String toString() {
        return "DataRequest[" + need + ", " + domains + ", " + sensitivity + "]";
    }

    public static final class Builder {
        private DataNeed need;
        private Set<DataDomain> domains;
        private Sensitivity sensitivity;
        private boolean closedEnvironment;
        private boolean linkage;
        private ExportArtifact exportArtifact;

        private Builder() {
        }

        public Builder need(DataNeed v) { this.need = v; return this; }
        public Builder domains(Set<DataDomain> v) { this.domains = v; return this; }
        public Builder sensitivity(Sensitivity v) { this.sensitivity = v; return this; }
        public Builder closedEnvironment(boolean v) { this.closedEnvironment = v; return this; }
        public Builder linkage(boolean v) { this.linkage = v; return this; }
        public Builder exportArtifact(ExportArtifact v) { this.exportArtifact = v; return this; }

        public DataRequest build() {
            return new DataRequest(this);
        }
    }
}
