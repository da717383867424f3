package kr.oneteam.rules.fact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Stage;
import kr.oneteam.domain.vocabulary.Theme;

/**
 * One industry proposal as the rules see it: a read-only snapshot with the field names of INTAKE.md.
 * {@code id} is a routing key the caller assigns; outcome facts join back to it ({@code proposalId == $id}).
 */
public final class Proposal {

    /** Policy dates (R-PRC-02) are calendar dates in Seoul, whatever the offset the proposal came with. */
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final long id;
    private final String externalRef;
    private final OffsetDateTime receivedAt;
    private final Channel channel;
    private final Company company;
    private final String title;
    private final String text;
    private final Set<Category> categories;
    private final Set<Theme> themes;
    private final Stage stage;
    private final Long requestedAmountKrw;
    private final Compute compute;
    private final DataRequest data;
    private final Regulation regulation;
    private final Procurement procurement;
    private final GlobalExpansion global;
    private final Infra infra;
    private final List<ConsortiumMember> consortium;
    private final LocalDate receivedDate;

    private Proposal(Builder b) {
        this.id = b.id;
        this.externalRef = b.externalRef;
        this.receivedAt = Objects.requireNonNull(b.receivedAt, "receivedAt");
        this.channel = b.channel;
        this.company = Objects.requireNonNull(b.company, "company");
        this.title = b.title;
        this.text = b.text;
        this.categories = Sets.enums(b.categories, Category.class);
        this.themes = Sets.enums(b.themes, Theme.class);
        this.stage = b.stage;
        this.requestedAmountKrw = b.requestedAmountKrw;
        this.compute = b.compute;
        this.data = b.data;
        this.regulation = b.regulation == null ? Regulation.NONE : b.regulation;
        this.procurement = b.procurement;
        this.global = b.global;
        this.infra = b.infra;
        this.consortium = Sets.list(b.consortium);
        this.receivedDate = receivedAt.atZoneSameInstant(SEOUL).toLocalDate();
        if (requestedAmountKrw != null && requestedAmountKrw < 0) {
            throw new IllegalArgumentException("requestedAmountKrw must not be negative");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this proposal's values, e.g. to route a copy under another id. */
    public Builder toBuilder() {
        return new Builder().id(id).externalRef(externalRef).receivedAt(receivedAt).channel(channel)
                .company(company).title(title).text(text).categories(categories).themes(themes).stage(stage)
                .requestedAmountKrw(requestedAmountKrw).compute(compute).data(data).regulation(regulation)
                .procurement(procurement).global(global).infra(infra).consortium(consortium);
    }

    public long getId() { return id; }
    public String getExternalRef() { return externalRef; }
    public OffsetDateTime getReceivedAt() { return receivedAt; }
    public Channel getChannel() { return channel; }
    public Company getCompany() { return company; }
    public String getTitle() { return title; }
    public String getText() { return text; }
    public Set<Category> getCategories() { return categories; }
    public Set<Theme> getThemes() { return themes; }
    public Stage getStage() { return stage; }
    public Long getRequestedAmountKrw() { return requestedAmountKrw; }
    public Compute getCompute() { return compute; }
    public DataRequest getData() { return data; }
    public Regulation getRegulation() { return regulation; }
    public Procurement getProcurement() { return procurement; }
    public GlobalExpansion getGlobal() { return global; }
    public Infra getInfra() { return infra; }
    public List<ConsortiumMember> getConsortium() { return consortium; }

    /** receivedAt as a calendar date in Asia/Seoul; DRL compares it, e.g. {@code receivedDate >= "2026-07-21"}. */
    public LocalDate getReceivedDate() { return receivedDate; }

    @Override
    public String toString() {
        return "Proposal[" + id + ", " + externalRef + ", " + company + ", " + categories + "]";
    }

    public static final class Builder {
        private long id;
        private String externalRef;
        private OffsetDateTime receivedAt;
        private Channel channel;
        private Company company;
        private String title;
        private String text;
        private Set<Category> categories;
        private Set<Theme> themes;
        private Stage stage;
        private Long requestedAmountKrw;
        private Compute compute;
        private DataRequest data;
        private Regulation regulation;
        private Procurement procurement;
        private GlobalExpansion global;
        private Infra infra;
        private List<ConsortiumMember> consortium;

        private Builder() {
        }

        public Builder id(long v) { this.id = v; return this; }
        public Builder externalRef(String v) { this.externalRef = v; return this; }
        public Builder receivedAt(OffsetDateTime v) { this.receivedAt = v; return this; }
        public Builder channel(Channel v) { this.channel = v; return this; }
        public Builder company(Company v) { this.company = v; return this; }
        public Builder title(String v) { this.title = v; return this; }
        public Builder text(String v) { this.text = v; return this; }
        public Builder categories(Set<Category> v) { this.categories = v; return this; }
        public Builder themes(Set<Theme> v) { this.themes = v; return this; }
        public Builder stage(Stage v) { this.stage = v; return this; }
        public Builder requestedAmountKrw(Long v) { this.requestedAmountKrw = v; return this; }
        public Builder compute(Compute v) { this.compute = v; return this; }
        public Builder data(DataRequest v) { this.data = v; return this; }
        public Builder regulation(Regulation v) { this.regulation = v; return this; }
        public Builder procurement(Procurement v) { this.procurement = v; return this; }
        public Builder global(GlobalExpansion v) { this.global = v; return this; }
        public Builder infra(Infra v) { this.infra = v; return this; }
        public Builder consortium(List<ConsortiumMember> v) { this.consortium = v; return this; }

        public Proposal build() {
            return new Proposal(this);
        }
    }
}
