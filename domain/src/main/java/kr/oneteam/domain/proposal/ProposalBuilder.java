package kr.oneteam.domain.proposal;

import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Stage;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SandboxTrack;
import kr.oneteam.domain.vocabulary.SizeClass;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Collects a proposal as submitted — its document ({@link #content}, decision 061) and the copies of the fields the
 * queue filters on — ; {@link #build(Clock)} checks them and makes a NEW proposal.
 */
public class ProposalBuilder {

    String externalRef;
    OffsetDateTime receivedAt;
    Channel channel;
    Company company;
    SizeClass sizeClass;
    Region region;
    SandboxTrack sandboxTrack;
    String content;
    String title;
    Set<Category> categories;
    Stage stage;

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

    /** The company, and its size class and region as it gave them with this proposal (copies of the document's). */
    public ProposalBuilder company(Company company, SizeClass sizeClass, Region region) {
        this.company = company;
        this.sizeClass = sizeClass;
        this.region = region;
        return this;
    }

    /** The proposal's JSON document, as the intake bound it (decision 061). */
    public ProposalBuilder content(String content) {
        this.content = content;
        return this;
    }

    /** The regulation block's sandbox track (a copy of the document's), null without a regulation block. */
    public ProposalBuilder sandboxTrack(SandboxTrack sandboxTrack) {
        this.sandboxTrack = sandboxTrack;
        return this;
    }

    public ProposalBuilder title(String title) {
        this.title = title;
        return this;
    }

    public ProposalBuilder categories(Set<Category> categories) {
        this.categories = categories;
        return this;
    }

    public ProposalBuilder stage(Stage stage) {
        this.stage = stage;
        return this;
    }

    /** @throws IllegalArgumentException or NullPointerException naming the first field that is wrong */
    public Proposal build(Clock clock) {
        return new Proposal(this, clock);
    }
}
