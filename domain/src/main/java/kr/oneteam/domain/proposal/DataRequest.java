package kr.oneteam.domain.proposal;

import kr.oneteam.domain.persistence.StoredCollections;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import kr.oneteam.domain.persistence.VocabularySetConverters;
import kr.oneteam.domain.vocabulary.DataDomain;
import kr.oneteam.domain.vocabulary.DataNeed;
import kr.oneteam.domain.vocabulary.ExportArtifact;
import kr.oneteam.domain.vocabulary.Sensitivity;

import java.util.Objects;
import java.util.Set;

/** The INTAKE "data" block: what data the company needs, how sensitive, and what leaves the safe zone. */
@Embeddable
public class DataRequest {

    @Column(name = "data_given")
    private Boolean given = Boolean.TRUE;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_need", length = 16)
    private DataNeed need;

    @Convert(converter = VocabularySetConverters.DataDomains.class)
    @Column(name = "data_domains", length = 300)
    private Set<DataDomain> domains;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_sensitivity", length = 16)
    private Sensitivity sensitivity;

    @Column(name = "data_closed_environment")
    private boolean closedEnvironment;

    @Column(name = "data_linkage")
    private boolean linkage;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_export_artifact", length = 16)
    private ExportArtifact exportArtifact;

    protected DataRequest() {
    }

    public DataRequest(DataNeed need, Set<DataDomain> domains, Sensitivity sensitivity, boolean closedEnvironment,
                       boolean linkage, ExportArtifact exportArtifact) {
        this.need = need;
        this.domains = StoredCollections.setOrNull(domains);
        this.sensitivity = sensitivity;
        this.closedEnvironment = closedEnvironment;
        this.linkage = linkage;
        this.exportArtifact = exportArtifact;
    }

    public DataNeed need() {
        return need;
    }

    public Set<DataDomain> domains() {
        return domains == null ? Set.of() : domains;
    }

    public Sensitivity sensitivity() {
        return sensitivity;
    }

    public boolean closedEnvironment() {
        return closedEnvironment;
    }

    public boolean linkage() {
        return linkage;
    }

    public ExportArtifact exportArtifact() {
        return exportArtifact;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataRequest that && need == that.need && domains().equals(that.domains())
                && sensitivity == that.sensitivity && closedEnvironment == that.closedEnvironment
                && linkage == that.linkage && exportArtifact == that.exportArtifact;
    }

    @Override
    public int hashCode() {
        return Objects.hash(need, domains(), sensitivity, closedEnvironment, linkage, exportArtifact);
    }

    @Override
    public String toString() {
        return "DataRequest[" + need + ", " + domains + ", " + sensitivity + ", closed=" + closedEnvironment
                + ", linkage=" + linkage + ", export=" + exportArtifact + "]";
    }
}
