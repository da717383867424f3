package kr.oneteam.domain.proposal;

import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Stage;
import kr.oneteam.domain.vocabulary.Theme;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Collects a proposal's fields as submitted; {@link #build(Clock)} checks them and makes a NEW proposal. */
public class ProposalBuilder {

    String externalRef;
    OffsetDateTime receivedAt;
    Channel channel;
    Company company;
    CompanySnapshot companySnapshot;
    String content;
    String title;
    String text;
    Set<Category> categories;
    Set<Theme> themes;
    Stage stage;
    Long requestedAmountKrw;
    Compute compute;
    DataRequest data;
    Regulation regulation;
    Procurement procurement;
    GlobalExpansion global;
    Infra infra;
    final List<ConsortiumMember> consortium = new ArrayList<>();

    ProposalBuilder() {
    }

    public ProposalBuilder externalRef(String externalRef) {
        this.externalRef = externalRef;
        return this;
    }

    public ProposalBuilder receivedAt(OffsetDateTime receivedAt) {
        this.receivedAt = receivedAt;
        return this;
    }

    public ProposalBuilder channel(Channel channel) {
        this.channel = channel;
        return this;
    }

    public ProposalBuilder company(Company company, CompanySnapshot snapshot) {
        this.company = company;
        this.companySnapshot = snapshot;
        return this;
    }

    /** The proposal's JSON document, as the intake bound it (decision 061). */
    public ProposalBuilder content(String content) {
        this.content = content;
        return this;
    }

    public ProposalBuilder title(String title) {
        this.title = title;
        return this;
    }

    public ProposalBuilder text(String text) {
        this.text = text;
        return this;
    }

    public ProposalBuilder categories(Set<Category> categories) {
        this.categories = categories;
        return this;
    }

    public ProposalBuilder themes(Set<Theme> themes) {
        this.themes = themes;
        return this;
    }

    public ProposalBuilder stage(Stage stage) {
        this.stage = stage;
        return this;
    }

    public ProposalBuilder requestedAmountKrw(Long requestedAmountKrw) {
        this.requestedAmountKrw = requestedAmountKrw;
        return this;
    }

    public ProposalBuilder compute(Compute compute) {
        this.compute = compute;
        return this;
    }

    public ProposalBuilder data(DataRequest data) {
        this.data = data;
        return this;
    }

    public ProposalBuilder regulation(Regulation regulation) {
        this.regulation = regulation;
        return this;
    }

    public ProposalBuilder procurement(Procurement procurement) {
        this.procurement = procurement;
        return this;
    }

    public ProposalBuilder global(GlobalExpansion global) {
        this.global = global;
        return this;
    }

    public ProposalBuilder infra(Infra infra) {
        this.infra = infra;
        return this;
    }

    public ProposalBuilder consortium(List<ConsortiumMember> members) {
        this.consortium.clear();
        if (members != null) {
            this.consortium.addAll(members);
        }
        return this;
    }

    /** @throws IllegalArgumentException or NullPointerException naming the first field that is wrong */
    public Proposal build(Clock clock) {
        return new Proposal(this, clock);
    }
}
