package kr.oneteam.domain.proposal;

import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.persistence.StringListConverter;
import kr.oneteam.domain.persistence.VocabularySetConverters;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.programme.ProgrammeCodeSetConverter;
import kr.oneteam.domain.recommendation.Allocation;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.recommendation.RuleReasonsConverter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Inserts new proposals — built and checked by the entity model ({@link Proposal#builder()}, then routed) —
 * with their consortium, recommendations (their reasons a column of each, decision 147) and an audit entry each,
 * as plain JDBC batches: a handful of
 * statements per table instead of Hibernate's per-entity work, which was nine tenths of batch intake time.
 *
 * <p>The entity stays the one truth: every value comes from the entity's getters and is written through the
 * entity's own attribute converters, and {@code PersistenceContract} reads rows inserted here back through
 * Hibernate and compares them with the entities, and checks that Hibernate finds nothing to update. Only what
 * a freshly routed proposal can hold is written (no decision, follow-up, reply or override yet); anything else
 * is refused, so that this path can never silently drop state.
 *
 * <p>Ids come from the entities' sequences in blocks of their allocation size (50), read the way Hibernate's
 * pooled optimizer reads them (a value {@code v} stands for {@code v-49 … v}), so ids never collide with
 * those Hibernate hands out. Runs in the caller's transaction.
 */
public class ProposalBulkInsert {

    static final int ALLOCATION = 50;
    /** Below this a value may be one Hibernate's optimizer reads as the start of its first block. */
    private static final long FIRST_SAFE_VALUE = 3L * ALLOCATION;

    private static final VocabularySetConverters.Categories CATEGORIES = new VocabularySetConverters.Categories();
    private static final VocabularySetConverters.Themes THEMES = new VocabularySetConverters.Themes();
    private static final VocabularySetConverters.ValueChains VALUE_CHAINS = new VocabularySetConverters.ValueChains();
    private static final VocabularySetConverters.SupplierRoles SUPPLIER_ROLES = new VocabularySetConverters.SupplierRoles();
    private static final VocabularySetConverters.DataDomains DATA_DOMAINS = new VocabularySetConverters.DataDomains();
    private static final ProgrammeCodeSetConverter PROGRAMME_CODES = new ProgrammeCodeSetConverter();
    private static final StringListConverter LISTS = new StringListConverter();
    private static final RuleReasonsConverter REASONS = new RuleReasonsConverter();

    private static final String INSERT_PROPOSAL = """
            insert into proposal (id, version, external_ref, received_at, channel, company_id, company_name,
              size_class, startup, venture, youth_founded, region, value_chain, supplier_roles, current_awards,
              title, proposal_text, categories, themes, stage, requested_amount_krw,
              compute_given, compute_accelerator, compute_quantity, compute_months, compute_workload, compute_independence,
              data_given, data_need, data_domains, data_sensitivity, data_closed_environment, data_linkage, data_export_artifact,
              regulation_given, regulation_sandbox_track, regulation_generative_ai, regulation_high_impact_domain,
              procurement_given, procurement_koneps_registered, procurement_innovation_product, procurement_target_agencies,
              global_given, global_target_countries, global_demand_site, global_government_backed,
              infra_given, infra_power_mw, infra_site_region, infra_spectrum,
              status, ruleset_version_id, ruleset_hash, routing_failure,
              top_programme, top_score, eligible_count, programme_codes, created_at)
            values (?, 0, ?, ?, ?, ?, ?,  ?, ?, ?, ?, ?, ?, ?, ?,  ?, ?, ?, ?, ?, ?,
              ?, ?, ?, ?, ?, ?,  ?, ?, ?, ?, ?, ?, ?,  ?, ?, ?, ?,  ?, ?, ?, ?,  ?, ?, ?, ?,  ?, ?, ?, ?,
              ?, ?, ?, ?,  ?, ?, ?, ?, ?)""";
    private static final String INSERT_MEMBER = """
            insert into proposal_consortium (proposal_id, item_order, name, size_class, member_role)
            values (?, ?, ?, ?, ?)""";
    private static final String INSERT_RECOMMENDATION = """
            insert into recommendation (id, proposal_id, rank_no, programme, eligibility, score,
              alloc_gpus, alloc_months, alloc_self_pay_percent, alloc_krw, rule_ids, reasons, flags,
              ruleset_version_id, ruleset_hash, override, reserved_amount, reserved_unit, version)
            values (?, ?, ?, ?, ?, ?,  ?, ?, ?, ?, ?, ?, ?,  ?, ?, false, 0, 'NONE', 0)""";
    private static final String INSERT_AUDIT = """
            insert into audit_entry (id, at, actor, proposal_id, action, before_state, after_state)
            values (?, ?, ?, ?, ?, ?, ?)""";

    /** Below this many rows an INSERT batch is as quick as a COPY (one round trip either way). */
    static final int COPY_MIN_ROWS = 20;
    private static final java.util.Map<String, java.util.Optional<PostgresCopy>> COPY_FORMS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;
    private final int batchSize;
    /** Rows this instance wrote with COPY rather than INSERT batches (tests and the benchmark read it). */
    private final java.util.concurrent.atomic.AtomicLong copiedRows = new java.util.concurrent.atomic.AtomicLong();

    public ProposalBulkInsert(JdbcTemplate jdbc, int batchSize) {
        this.jdbc = jdbc;
        this.batchSize = batchSize;
    }

    /**
     * Inserts {@code proposals} (new, routed, with persisted companies) and one audit entry each, made by
     * {@code audit} once the proposal's id is known; returns the ids in order.
     */
    public List<Long> insert(List<Proposal> proposals, Function<Long, AuditEntry> audit) {
        proposals.forEach(ProposalBulkInsert::requireFresh);
        long[] ids = ids("proposal_seq", proposals.size());
        List<Object[]> proposalRows = new ArrayList<>(proposals.size());
        List<Object[]> memberRows = new ArrayList<>();
        List<Recommendation> recommendations = new ArrayList<>();
        List<Long> owners = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            proposalRows.add(proposalRow(ids[i], p));
            List<ConsortiumMember> members = p.getConsortium();
            for (int m = 0; m < members.size(); m++) {
                ConsortiumMember member = members.get(m);
                memberRows.add(new Object[] {ids[i], m, member.name(), member.sizeClass().name(), member.role().name()});
            }
            for (Recommendation r : p.getRecommendations()) {
                recommendations.add(r);
                owners.add(ids[i]);
            }
        }
        long[] recommendationIds = ids("recommendation_seq", recommendations.size());
        List<Object[]> recommendationRows = new ArrayList<>(recommendations.size());
        for (int i = 0; i < recommendations.size(); i++) {
            recommendationRows.add(recommendationRow(recommendationIds[i], owners.get(i), recommendations.get(i)));
        }
        long[] auditIds = ids("audit_entry_seq", proposals.size());
        List<Object[]> auditRows = new ArrayList<>(proposals.size());
        for (int i = 0; i < proposals.size(); i++) {
            AuditEntry e = audit.apply(ids[i]);
            auditRows.add(new Object[] {auditIds[i], e.getAt(), e.getActor(), e.getProposalId(), e.getAction(),
                    e.getBefore(), e.getAfter()});
        }
        batch(INSERT_PROPOSAL, proposalRows);
        batch(INSERT_MEMBER, memberRows);
        batch(INSERT_RECOMMENDATION, recommendationRows);
        batch(INSERT_AUDIT, auditRows);
        List<Long> result = new ArrayList<>(ids.length);
        for (long id : ids) {
            result.add(id);
        }
        return result;
    }

    /**
     * Binds every value with its SQL type, taken from the column's first non-null value: Spring would otherwise ask
     * the driver for parameter metadata at every null, which on PostgreSQL is a round trip per statement.
     */
    private void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty() || copied(sql, rows)) {
            return;
        }
        int[] types = new int[rows.get(0).length];
        for (int c = 0; c < types.length; c++) {
            types[c] = java.sql.Types.NULL;
            for (Object[] row : rows) {
                if (row[c] != null) {
                    types[c] = sqlType(row[c]);
                    break;
                }
            }
        }
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<Object[]> slice = rows.subList(from, Math.min(rows.size(), from + batchSize));
            jdbc.batchUpdate(sql, new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                @Override
                public void setValues(java.sql.PreparedStatement ps, int i) throws java.sql.SQLException {
                    Object[] row = slice.get(i);
                    for (int c = 0; c < row.length; c++) {
                        if (row[c] == null) {
                            ps.setNull(c + 1, types[c]);
                        } else {
                            ps.setObject(c + 1, row[c], types[c]);
                        }
                    }
                }

                @Override
                public int getBatchSize() {
                    return slice.size();
                }
            });
        }
    }

    /**
     * On PostgreSQL, writes {@code rows} with one {@code COPY … FROM STDIN} instead of INSERT batches (decision 147):
     * the same rows in the same transaction, several times faster. False (nothing written) elsewhere, for a batch
     * too small to gain, or when the statement or a value has no COPY form ({@link PostgresCopy}).
     */
    private boolean copied(String sql, List<Object[]> rows) {
        if (rows.size() < COPY_MIN_ROWS) {
            return false;
        }
        PostgresCopy copy = COPY_FORMS.computeIfAbsent(sql, s -> java.util.Optional.ofNullable(PostgresCopy.of(s)))
                .orElse(null);
        if (copy == null) {
            return false;
        }
        Boolean done = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Boolean>) connection ->
                PostgresCopy.isPostgres(connection) && copy.copy(connection, rows));
        if (Boolean.TRUE.equals(done)) {
            copiedRows.addAndGet(rows.size());
            return true;
        }
        return false;
    }

    /** How many rows this instance wrote with PostgreSQL's COPY (the rest as INSERT batches). */
    public long copiedRows() {
        return copiedRows.get();
    }

    private static int sqlType(Object value) {
        if (value instanceof String) {
            return java.sql.Types.VARCHAR;
        } else if (value instanceof Long) {
            return java.sql.Types.BIGINT;
        } else if (value instanceof Integer) {
            return java.sql.Types.INTEGER;
        } else if (value instanceof Boolean) {
            return java.sql.Types.BOOLEAN;
        } else if (value instanceof java.math.BigDecimal) {
            return java.sql.Types.NUMERIC;
        } else if (value instanceof java.time.OffsetDateTime) {
            return java.sql.Types.TIMESTAMP_WITH_TIMEZONE;
        }
        throw new IllegalArgumentException("no SQL type for " + value.getClass());
    }

    private static void requireFresh(Proposal p) {
        if (p.getId() != null || p.getVersion() != 0 || !p.getFollowUps().isEmpty() || p.getReply() != null
                || p.getInfoQuestion() != null || p.getClosedAt() != null || p.getCompany().getId() == null
                || p.getRecommendations().stream().anyMatch(r -> r.isOverride() || r.isDecided() || r.getId() != null)) {
            throw new IllegalArgumentException("only new, routed proposals of stored companies are bulk-inserted: " + p);
        }
    }

    private static Object[] proposalRow(long id, Proposal p) {
        CompanySnapshot c = p.getCompanySnapshot();
        Compute compute = p.getCompute().orElse(null);
        DataRequest data = p.getData().orElse(null);
        Regulation regulation = p.getRegulation().orElse(null);
        Procurement procurement = p.getProcurement().orElse(null);
        GlobalExpansion global = p.getGlobal().orElse(null);
        Infra infra = p.getInfra().orElse(null);
        ProgrammeCode top = p.getTopProgramme();
        return new Object[] {
                id, p.getExternalRef(), p.getReceivedAt(), p.getChannel().name(), p.getCompany().getId(),
                p.getCompanyName(),
                c.sizeClass().name(), c.startup(), c.venture(), c.youthFounded(), c.region().name(),
                VALUE_CHAINS.convertToDatabaseColumn(c.valueChain()),
                SUPPLIER_ROLES.convertToDatabaseColumn(c.supplierRoles()),
                PROGRAMME_CODES.convertToDatabaseColumn(c.currentAwards()),
                p.getTitle(), p.getText(), CATEGORIES.convertToDatabaseColumn(p.getCategories()),
                THEMES.convertToDatabaseColumn(p.getThemes()), p.getStage().name(), p.getRequestedAmountKrw(),
                given(compute), compute == null ? null : name(compute.accelerator()),
                compute == null ? null : compute.quantity(), compute == null ? null : compute.months(),
                compute == null ? null : name(compute.workload()), compute == null ? null : name(compute.independence()),
                given(data), data == null ? null : name(data.need()),
                data == null ? null : DATA_DOMAINS.convertToDatabaseColumn(data.domains()),
                data == null ? null : name(data.sensitivity()), data == null ? null : data.closedEnvironment(),
                data == null ? null : data.linkage(), data == null ? null : name(data.exportArtifact()),
                given(regulation), regulation == null ? null : name(regulation.sandboxTrack()),
                regulation == null ? null : regulation.generativeAi(),
                regulation == null ? null : name(regulation.highImpactDomain()),
                given(procurement), procurement == null ? null : procurement.konepsRegistered(),
                procurement == null ? null : name(procurement.innovationProduct()),
                procurement == null ? null : LISTS.convertToDatabaseColumn(procurement.targetAgencies()),
                given(global), global == null ? null : LISTS.convertToDatabaseColumn(global.targetCountries()),
                global == null ? null : name(global.demandSite()), global == null ? null : global.governmentBacked(),
                given(infra), infra == null ? null : infra.powerMw(), infra == null ? null : name(infra.siteRegion()),
                infra == null ? null : name(infra.spectrum()),
                p.getStatus().name(), p.getRulesetVersion() == null ? null : p.getRulesetVersion().getId(),
                p.getRulesetHash(), p.getRoutingFailure().orElse(null),
                top == null ? null : top.value(), p.getTopScore(), p.getEligibleCount(),
                PROGRAMME_CODES.convertToDatabaseColumn(p.getProgrammeCodes()), p.getCreatedAt()};
    }

    private static Object[] recommendationRow(long id, long proposalId, Recommendation r) {
        Allocation a = r.getAllocation().orElse(null);
        return new Object[] {id, proposalId, r.getRank(), r.getProgramme().value(), r.getEligibility().name(),
                r.getScore(), a == null ? null : a.gpus(), a == null ? null : a.months(),
                a == null ? null : a.selfPayPercent(), a == null ? null : a.krw(),
                LISTS.convertToDatabaseColumn(r.getRuleIds()), REASONS.convertToDatabaseColumn(r.getReasons()),
                LISTS.convertToDatabaseColumn(r.getFlags()),
                r.getRulesetVersion() == null ? null : r.getRulesetVersion().getId(), r.getRulesetHash()};
    }

    private static Boolean given(Object block) {
        return block == null ? null : Boolean.TRUE;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** {@code count} new ids of {@code sequence}, in blocks of {@link #ALLOCATION}, asked in one query per round. */
    long[] ids(String sequence, int count) {
        long[] ids = new long[count];
        int filled = 0;
        while (filled < count) {
            int blocks = (count - filled + ALLOCATION - 1) / ALLOCATION;
            List<Long> values = jdbc.queryForList(
                    "select nextval('" + sequence + "') from generate_series(1, " + blocks + ")", Long.class);
            for (Long value : values) {
                if (value == null || value < FIRST_SAFE_VALUE) {
                    continue;
                }
                for (long id = value - ALLOCATION + 1; id <= value && filled < count; id++) {
                    ids[filled++] = id;
                }
            }
        }
        return ids;
    }
}
