package kr.oneteam.domain.persistence;

import jakarta.persistence.EntityManager;
import kr.oneteam.domain.account.Role;
import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import kr.oneteam.domain.audit.AuditEntry;
import kr.oneteam.domain.audit.AuditLog;
import kr.oneteam.domain.company.BizRegNo;
import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.company.CompanyRepository;
import kr.oneteam.domain.programme.Capacity;
import kr.oneteam.domain.programme.CapacityClaim;
import kr.oneteam.domain.programme.CapacityUnit;
import kr.oneteam.domain.programme.CapacityExceededException;
import kr.oneteam.domain.programme.Programme;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.programme.ProgrammeRepository;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalRepository;
import kr.oneteam.domain.proposal.ProposalSpecifications;
import kr.oneteam.domain.vocabulary.Category;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.review.FollowUp;
import kr.oneteam.domain.review.FollowUpRepository;
import kr.oneteam.domain.ruleset.RulesetFile;
import kr.oneteam.domain.ruleset.RulesetPointer;
import kr.oneteam.domain.ruleset.RulesetPointerRepository;
import kr.oneteam.domain.ruleset.RulesetProvenance;
import kr.oneteam.domain.ruleset.RulesetRefusal;
import kr.oneteam.domain.ruleset.RulesetRefusalRepository;
import kr.oneteam.domain.ruleset.RulesetSource;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.ruleset.RulesetVersionRepository;
import kr.oneteam.domain.support.Fixtures;
import kr.oneteam.domain.vocabulary.DecisionOutcome;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static kr.oneteam.domain.support.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mappings, migrations and concurrency, run once per database (see the subclasses). Tests commit real
 * transactions (no rollback-only test transaction) because locking and concurrency only show on commit;
 * each test uses its own external refs and programme codes so they do not disturb each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
public abstract class PersistenceContract {

    @Autowired TransactionTemplate tx;
    @Autowired EntityManager em;
    @Autowired Flyway flyway;
    @Autowired ProposalRepository proposals;
    @Autowired CompanyRepository companies;
    @Autowired ProgrammeRepository programmes;
    @Autowired RulesetVersionRepository rulesets;
    @Autowired RulesetPointerRepository pointers;
    @Autowired RulesetRefusalRepository refusals;
    @Autowired AuditLog auditLog;
    @Autowired UserAccountRepository accounts;
    @Autowired FollowUpRepository followUps;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * The JDBC bulk path writes what Hibernate would: a proposal inserted by it reads back through Hibernate
     * equal to the entity it was made from, field by field, with its recommendations, reasons and consortium,
     * and Hibernate finds nothing to update in it afterwards.
     */
    @Test
    void a_bulk_inserted_proposal_reads_back_through_hibernate_equal_to_its_entity() {
        assertThat(bulkInsertedProposalsReadBackEqual("BULK", "120-81-47521", 0)).isZero();
    }

    /**
     * The same for a batch large enough for PostgreSQL's COPY (decision 147): on PostgreSQL every row is copied,
     * on H2 inserted; either way each proposal reads back equal to its entity.
     */
    @Test
    void a_large_bulk_insert_reads_back_equal_too_and_is_copied_on_postgresql() {
        long copied = bulkInsertedProposalsReadBackEqual("COPY", "213-81-10006", 30);
        assertThat(copied > 0).as("rows copied: " + copied).isEqualTo(copiedOnThisDatabase());
    }

    /** Whether this database's bulk inserts use COPY (PostgreSQL). */
    protected boolean copiedOnThisDatabase() {
        return false;
    }

    /**
     * Bulk-inserts {@code more} full proposals besides the checked one and a failed one, reads the checked one back
     * and compares; returns how many rows the bulk insert copied.
     */
    private long bulkInsertedProposalsReadBackEqual(String prefix, String bizRegNo, int more) {
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        Object[] queueColumns = new Object[3];
        kr.oneteam.domain.proposal.ProposalBulkInsert bulk = new kr.oneteam.domain.proposal.ProposalBulkInsert(jdbc, 100);
        List<Long> ids = tx.execute(s -> {
            Company company = companies.save(Fixtures.companyWithNumber("벌크AI", bizRegNo));
            RulesetVersion version = rulesets.save(Fixtures.ruleset(prefix.toLowerCase()));
            Proposal full = Fixtures.full(company, prefix + "-1").build(CLOCK);
            full.replaceRecommendations(List.of(Fixtures.p01(16, 4), Fixtures.p02(64, 12, "2.5"),
                    Fixtures.p04Ineligible(), Fixtures.p06(), Fixtures.backlog()), version);
            Proposal failed = Fixtures.minimal(company, prefix + "-2").build(CLOCK);
            failed.routingFailed("R-CMP-01: ArithmeticException: / by zero", version);
            queueColumns[0] = full.getTopProgramme();
            queueColumns[1] = full.getEligibleCount();
            queueColumns[2] = full.getProgrammeCodes();
            List<Proposal> all = new ArrayList<>(List.of(full, failed));
            for (int i = 0; i < more; i++) {
                Proposal other = Fixtures.full(company, prefix + "-MORE-" + i).build(CLOCK);
                other.replaceRecommendations(List.of(Fixtures.p01(16, 4), Fixtures.backlog()), version);
                all.add(other);
            }
            em.flush();
            return bulk.insert(all, id -> new AuditEntry(CLOCK, "intake", id, "RECEIVE", null, "{\"탭\":\"\t\\\\\"}"));
        });
        Proposal expected = Fixtures.full(Fixtures.companyWithNumber("벌크AI", bizRegNo), prefix + "-1").build(CLOCK);
        statistics.clear();
        tx.executeWithoutResult(s -> {
            em.clear();
            Proposal read = proposals.findWithRecommendationsById(ids.get(0)).orElseThrow();
            assertThat(read.getExternalRef()).isEqualTo(prefix + "-1");
            assertThat(read.getReceivedAt().toInstant()).isEqualTo(expected.getReceivedAt().toInstant());
            assertThat(read.getChannel()).isEqualTo(expected.getChannel());
            assertThat(read.getCompanyName()).isEqualTo("벌크AI");
            assertThat(read.getSizeClass()).isEqualTo(expected.getSizeClass());
            assertThat(read.getRegion()).isEqualTo(expected.getRegion());
            assertThat(read.getSandboxTrack()).isEqualTo(expected.getSandboxTrack()).isPresent();
            assertThat(read.getTitle()).isEqualTo(expected.getTitle());
            assertThat(read.getCategories()).isEqualTo(expected.getCategories());
            assertThat(read.getStage()).isEqualTo(expected.getStage());
            assertSameDocument(read.getContent(), expected.getContent());
            assertThat(read.getStatus()).isEqualTo(ProposalStatus.AWAITING_REVIEW);
            assertThat(read.getTopProgramme()).isEqualTo(queueColumns[0]).isNotNull();
            assertThat(read.getEligibleCount()).isEqualTo(queueColumns[1]);
            assertThat(read.getProgrammeCodes()).isEqualTo(queueColumns[2]);
            assertThat(read.getRulesetHash()).isNotBlank();
            List<Recommendation> recs = read.getRecommendations();
            assertThat(recs).extracting(r -> r.getProgramme().value()).containsExactly("P01", "P02", "P04", "P06", "BACKLOG");
            assertRecommendationEquals(recs.get(0), Fixtures.p01(16, 4));
            assertRecommendationEquals(recs.get(1), Fixtures.p02(64, 12, "2.5"));
            assertRecommendationEquals(recs.get(2), Fixtures.p04Ineligible());
            Proposal failed = proposals.findWithRecommendationsById(ids.get(1)).orElseThrow();
            assertThat(failed.getRoutingFailure()).contains("R-CMP-01: ArithmeticException: / by zero");
            assertThat(failed.getRecommendations()).isEmpty();
            assertSameDocument(failed.getContent(), Fixtures.minimal(failed.getCompany(), prefix + "-2").build(CLOCK).getContent());
            assertThat(auditLog.findByProposalIdOrderByAtAscIdAsc(ids.get(1))).extracting(AuditEntry::getAction)
                    .containsExactly("RECEIVE");
            assertThat(auditLog.findByProposalIdOrderByAtAscIdAsc(ids.get(1))).extracting(AuditEntry::getAfter)
                    .containsExactly("{\"탭\":\"\t\\\\\"}");
            if (more > 0) {
                assertThat(proposals.findWithRecommendationsById(ids.get(ids.size() - 1)).orElseThrow().getRecommendations())
                        .extracting(r -> r.getProgramme().value()).containsExactly("P01", "BACKLOG");
            }
            em.flush();
        });
        assertThat(statistics.getEntityUpdateCount()).as("Hibernate found a bulk-inserted column it would write otherwise")
                .isZero();
        assertThat(statistics.getCollectionUpdateCount()).isZero();
        return bulk.copiedRows();
    }

    @Test
    void migrations_apply_and_seed_the_programme_catalogue() {
        // A new database takes the baseline B160 (decision 151): one applied row, the schema at 160 or later, none pending.
        assertThat(flyway.info().applied()).isNotEmpty();
        assertThat(flyway.info().current().getVersion().isAtLeast("160")).as("schema version").isTrue();
        assertThat(flyway.info().pending()).isEmpty();
        List<Programme> catalogue = programmes.findAllByOrderByCodeAsc();
        assertThat(catalogue).extracting(p -> p.getCode().value())
                .contains("P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10",
                        "P11", "P12", "P13", "P14", "P15", "BACKLOG");
        Programme p01 = programmes.findByCode(ProgrammeCode.of("P01")).orElseThrow();
        assertThat(p01.getNameKo()).isEqualTo("고성능컴퓨팅 지원사업");
        assertThat(p01.getNameEn()).isEqualTo("HPC cloud support");
        assertThat(p01.getCapacityUnit()).isEqualTo(CapacityUnit.GPU);
        assertThat(p01.getCapacity()).isEqualTo(1060L);
        assertThat(programmes.findByCode(ProgrammeCode.of("P02")).orElseThrow().getCapacity()).isEqualTo(4000L);
        Programme p07 = programmes.findByCode(ProgrammeCode.of("P07")).orElseThrow();
        assertThat(p07.getCapacity()).isEqualTo(27_000_000_000L);
        assertThat(p07.getCapacityUnit()).isEqualTo(CapacityUnit.KRW);
        assertThat(programmes.findByCode(ProgrammeCode.BACKLOG).orElseThrow().getCapacity()).isNull();
    }

    @Test
    void a_full_proposal_with_every_block_and_recommendation_reads_back_equal() {
        Long id = tx.execute(s -> {
            Company company = companies.save(Fixtures.companyWithNumber("퓨리오사AI", "220-81-62517"));
            RulesetVersion version = rulesets.save(Fixtures.ruleset("full"));
            Proposal proposal = Fixtures.full(company, "FULL-1").build(CLOCK);
            proposal.replaceRecommendations(List.of(Fixtures.p01(16, 4), Fixtures.p02(64, 12, "2.5"),
                    Fixtures.p04Ineligible(), Fixtures.p06(), Fixtures.backlog()), version);
            proposal.addFollowUp("NIPA 담당자 연결", "김주무관", LocalDate.of(2026, 3, 10), CLOCK);
            return proposals.save(proposal).getId();
        });
        Proposal expected = Fixtures.full(Fixtures.companyWithNumber("퓨리오사AI", "220-81-62517"), "FULL-1").build(CLOCK);

        tx.executeWithoutResult(s -> {
            em.clear();
            Proposal read = proposals.findWithRecommendationsById(id).orElseThrow();
            assertThat(read.getCompany().getName()).isEqualTo("퓨리오사AI");
            assertThat(read.getCompany().getBizRegNo()).contains(BizRegNo.parse("220-81-62517"));
            assertThat(read.getCompanyName()).isEqualTo("퓨리오사AI");
            assertThat(read.getExternalRef()).isEqualTo("FULL-1");
            assertThat(read.getReceivedAt().toInstant()).isEqualTo(expected.getReceivedAt().toInstant());
            assertThat(read.getChannel()).isEqualTo(expected.getChannel());
            assertThat(read.getSizeClass()).isEqualTo(expected.getSizeClass());
            assertThat(read.getRegion()).isEqualTo(expected.getRegion());
            assertThat(read.getSandboxTrack()).isEqualTo(expected.getSandboxTrack()).isPresent();
            assertThat(read.getTitle()).isEqualTo(expected.getTitle());
            assertThat(read.getCategories()).isEqualTo(expected.getCategories());
            assertThat(read.getStage()).isEqualTo(expected.getStage());
            assertSameDocument(read.getContent(), expected.getContent());
            assertThat(read.getStatus()).isEqualTo(ProposalStatus.AWAITING_REVIEW);

            List<Recommendation> recs = read.getRecommendations();
            assertThat(recs).extracting(r -> r.getProgramme().value()).containsExactly("P01", "P02", "P04", "P06", "BACKLOG");
            assertRecommendationEquals(recs.get(0), Fixtures.p01(16, 4));
            assertRecommendationEquals(recs.get(1), Fixtures.p02(64, 12, "2.5"));
            assertRecommendationEquals(recs.get(2), Fixtures.p04Ineligible());
            assertRecommendationEquals(recs.get(3), Fixtures.p06());
            assertThat(recs).allSatisfy(r -> assertThat(r.getRulesetHash()).isEqualTo(read.getRulesetHash()));
            assertThat(read.getRulesetVersion().getFiles()).isEqualTo(Fixtures.ruleset("full").getFiles());

            assertThat(read.getTopProgramme()).isEqualTo(ProgrammeCode.of("P02"));
            assertThat(read.getTopScore()).isEqualTo(70);
            assertThat(read.getEligibleCount()).isEqualTo(3);
            assertThat(read.getProgrammeCodes()).extracting(ProgrammeCode::value)
                    .containsExactly("P01", "P02", "P06", "BACKLOG");
            assertThat(read.getNextFollowUpDue()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(read.getFollowUps()).singleElement()
                    .satisfies(f -> assertThat(f.getOwner()).isEqualTo("김주무관"));
        });
    }

    /** Runs one repository update in its own transaction and returns the rows it changed. */
    private int rows(java.util.function.IntSupplier update) {
        Integer changed = tx.execute(s -> update.getAsInt());
        return changed == null ? -1 : changed;
    }

    private static void assertRecommendationEquals(Recommendation read, Recommendation expected) {
        assertThat(read.getEligibility()).isEqualTo(expected.getEligibility());
        assertThat(read.getScore()).isEqualTo(expected.getScore());
        assertThat(read.getAllocation()).isEqualTo(expected.getAllocation());
        assertThat(read.getRuleIds()).isEqualTo(expected.getRuleIds());
        assertThat(read.getReasons()).isEqualTo(expected.getReasons());
        assertThat(read.getFlags()).isEqualTo(expected.getFlags());
    }

    @Test
    void a_proposal_without_optional_blocks_reads_its_document_back_without_them() {
        Long id = tx.execute(s -> {
            Company company = companies.save(Fixtures.company("작은회사"));
            return proposals.save(Fixtures.minimal(company, "MIN-1").build(CLOCK)).getId();
        });
        tx.executeWithoutResult(s -> {
            em.clear();
            Proposal read = proposals.findById(id).orElseThrow();
            assertSameDocument(read.getContent(), Fixtures.minimal(read.getCompany(), "MIN-1").build(CLOCK).getContent());
            assertThat(read.getContent()).doesNotContain("\"compute\"", "\"infra\"");
            assertThat(read.getStatus()).isEqualTo(ProposalStatus.NEW);
            assertThat(proposals.findByExternalRef("MIN-1")).isPresent();
        });
    }

    @Test
    void queue_filters_find_proposals_by_programme_category_company_status_and_follow_up() {
        List<Long> ids = tx.execute(s -> {
            Company a = companies.save(Fixtures.company("필터_가나다 주식회사"));
            Company b = companies.save(Fixtures.company("Filter100% Labs"));
            Proposal gpu = Fixtures.minimal(a, "FILTER-GPU").build(CLOCK);
            gpu.replaceRecommendations(List.of(Fixtures.p01(8, 2), Fixtures.p04Ineligible()), null);
            gpu.addFollowUp("연락", "kim", LocalDate.of(2026, 3, 5), CLOCK);
            Proposal data = Fixtures.full(b, "FILTER-DATA").build(CLOCK);
            data.replaceRecommendations(List.of(Fixtures.p06()), null);
            data.getRecommendations().get(0).accept("officer", null, CLOCK);
            Proposal nothing = Fixtures.minimal(b, "FILTER-NONE").build(CLOCK);
            nothing.replaceRecommendations(List.of(), null);
            return List.of(proposals.save(gpu).getId(), proposals.save(data).getId(), proposals.save(nothing).getId());
        });
        tx.executeWithoutResult(s -> {
            assertThat(ids(proposals.findAll(ProposalSpecifications.recommends(ProgrammeCode.of("P01")))))
                    .contains(ids.get(0)).doesNotContain(ids.get(1), ids.get(2));
            assertThat(ids(proposals.findAll(ProposalSpecifications.recommendsByColumn(ProgrammeCode.of("P01")))))
                    .contains(ids.get(0)).doesNotContain(ids.get(1), ids.get(2));
            assertThat(ids(proposals.findAll(ProposalSpecifications.recommends(ProgrammeCode.of("P04")))))
                    .doesNotContain(ids.get(0));   // INELIGIBLE does not count
            assertThat(ids(proposals.findAll(ProposalSpecifications.recommendsByColumn(ProgrammeCode.of("P04")))))
                    .doesNotContain(ids.get(0));
            assertThat(ids(proposals.findAll(ProposalSpecifications.accepted(ProgrammeCode.of("P06")))))
                    .contains(ids.get(1)).doesNotContain(ids.get(0));
            assertThat(ids(proposals.findAll(ProposalSpecifications.asksFor(Category.DATA))))
                    .contains(ids.get(1)).doesNotContain(ids.get(0));
            assertThat(ids(proposals.findAll(ProposalSpecifications.companyNameContains("필터_가나"))))
                    .contains(ids.get(0)).doesNotContain(ids.get(1));
            assertThat(ids(proposals.findAll(ProposalSpecifications.companyNameContains("filter100%"))))
                    .contains(ids.get(1), ids.get(2)).doesNotContain(ids.get(0));
            assertThat(ids(proposals.findAll(ProposalSpecifications.mentions("gpu 지원"))))
                    .contains(ids.get(0), ids.get(2));
            assertThat(ids(proposals.findAll(ProposalSpecifications.followUpDueBy(LocalDate.of(2026, 3, 5)))))
                    .contains(ids.get(0)).doesNotContain(ids.get(1));
            assertThat(ids(proposals.findAll(Specification.where(ProposalSpecifications.hasStatus(ProposalStatus.DECIDED))
                    .and(ProposalSpecifications.receivedBetween(Fixtures.RECEIVED, Fixtures.RECEIVED.plusSeconds(1))))))
                    .contains(ids.get(1)).doesNotContain(ids.get(0));
            assertThat(ids(proposals.findAll(ProposalSpecifications.unclassified())))
                    .contains(ids.get(2)).doesNotContain(ids.get(0), ids.get(1));
            Page<Proposal> page = proposals.findAll(ProposalSpecifications.hasStatusIn(
                    List.of(ProposalStatus.AWAITING_REVIEW, ProposalStatus.DECIDED)),
                    PageRequest.of(0, 500, Sort.by(Sort.Order.asc("companyName"), Sort.Order.desc("topScore"))));
            assertThat(page.getContent()).extracting(Proposal::getId).contains(ids.get(0), ids.get(1), ids.get(2));
        });
    }

    private static List<Long> ids(List<Proposal> found) {
        return found.stream().map(Proposal::getId).toList();
    }

    @Test
    void a_batch_of_proposals_inserts_in_jdbc_batches_not_one_round_trip_per_row() {
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        Company company = tx.execute(s -> companies.save(Fixtures.company("배치회사")));
        statistics.clear();
        int count = 200;
        tx.executeWithoutResult(s -> {
            Company managed = em.merge(company);
            for (int i = 0; i < count; i++) {
                Proposal p = Fixtures.full(managed, "BATCH-" + i).build(CLOCK);
                p.replaceRecommendations(List.of(Fixtures.p01(16, 4), Fixtures.p06(), Fixtures.backlog()), null);
                em.persist(p);
            }
        });
        // 200 proposals, 600 recommendations, 600 reasons and 400 consortium rows: one statement each
        // would be 1,800+; pooled sequences (50 ids per call) and batches of 50 need a few dozen.
        assertThat(statistics.getEntityInsertCount()).isEqualTo(count * 4L);
        assertThat(statistics.getPrepareStatementCount()).isLessThan(120);
        // Nothing changed after the inserts, so nothing may be updated (an update would also bump @Version).
        assertThat(statistics.getEntityUpdateCount()).isZero();
    }

    @Test
    void accounts_keep_their_roles_and_locale_and_due_follow_ups_are_listed_soonest_first() {
        tx.executeWithoutResult(s -> {
            UserAccount account = new UserAccount("officer.kim", "{bcrypt}$2a$10$hash", EnumSet.of(Role.OFFICER, Role.ANALYST));
            account.preferLocale("en");
            accounts.save(account);
            accounts.save(new UserAccount("intake-bot", "{bcrypt}$2a$10$other", EnumSet.noneOf(Role.class)));
            Company company = companies.save(Fixtures.company("후속조치"));
            Proposal p = Fixtures.minimal(company, "FOLLOW-1").build(CLOCK);
            p.replaceRecommendations(List.of(Fixtures.p06()), null);
            p.addFollowUp("나중", "lee", LocalDate.of(2026, 5, 1), CLOCK);
            p.addFollowUp("먼저", "lee", LocalDate.of(2026, 4, 1), CLOCK);
            proposals.save(p);
        });
        tx.executeWithoutResult(s -> {
            em.clear();
            UserAccount read = accounts.findByUsername("officer.kim").orElseThrow();
            assertThat(read.getRoles()).containsExactly(Role.OFFICER, Role.ANALYST);
            assertThat(read.getPreferredLocale()).isEqualTo("en");
            assertThat(read.isEnabled()).isTrue();
            assertThat(accounts.findById("intake-bot").orElseThrow().getRoles()).isEmpty();
            assertThat(followUps.findByOwnerAndDoneFalseOrderByDueAscIdAsc("lee")).extracting(FollowUp::getAction)
                    .containsExactly("먼저", "나중");
            assertThat(followUps.findByDoneFalseAndDueLessThanEqualOrderByDueAscIdAsc(LocalDate.of(2026, 4, 15),
                    PageRequest.of(0, 10)).getContent()).extracting(FollowUp::getAction).contains("먼저").doesNotContain("나중");
        });
    }

    @Test
    void a_stale_save_by_a_second_officer_is_refused_by_optimistic_locking() {
        Long id = tx.execute(s -> {
            Company company = companies.save(Fixtures.company("동시편집"));
            Proposal p = Fixtures.minimal(company, "LOCK-1").build(CLOCK);
            p.replaceRecommendations(List.of(Fixtures.p06()), null);
            return proposals.save(p).getId();
        });
        Proposal first = tx.execute(s -> proposals.findById(id).orElseThrow());
        Proposal second = tx.execute(s -> proposals.findById(id).orElseThrow());

        first.requestInfo("매출 자료를 보내 주세요", "officer-a", CLOCK);
        tx.executeWithoutResult(s -> proposals.save(first));
        second.draftReply("검토 중입니다.");   // officer-b works on a stale copy

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> proposals.save(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        tx.executeWithoutResult(s -> assertThat(proposals.findById(id).orElseThrow().getStatus())
                .isEqualTo(ProposalStatus.NEEDS_INFO));
    }

    @Test
    void two_officers_deciding_the_same_recommendation_cannot_both_win() {
        Long id = tx.execute(s -> {
            Company company = companies.save(Fixtures.company("같은추천"));
            Proposal p = Fixtures.minimal(company, "SAME-REC").build(CLOCK);
            p.replaceRecommendations(List.of(Fixtures.p06(), Fixtures.p07(1_000_000L)), null);
            p.recommendationFor(ProgrammeCode.of("P07")).orElseThrow().accept("officer-a", null, CLOCK);
            return proposals.save(p).getId();
        });
        Proposal first = tx.execute(s -> proposals.findWithRecommendationsById(id).orElseThrow());
        Proposal second = tx.execute(s -> proposals.findWithRecommendationsById(id).orElseThrow());
        // Declining changes only the row of P06 (the proposal stays DECIDED with P07 accepted), so only the
        // recommendation's own version can tell that officer-b's copy is stale.
        first.recommendationFor(ProgrammeCode.of("P06")).orElseThrow().decline("officer-a", "부적합", CLOCK);
        tx.executeWithoutResult(s -> proposals.save(first));
        second.recommendationFor(ProgrammeCode.of("P06")).orElseThrow().accept("officer-b", "적격", CLOCK);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> proposals.save(second)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        tx.executeWithoutResult(s -> assertThat(proposals.findWithRecommendationsById(id).orElseThrow()
                .recommendationFor(ProgrammeCode.of("P06")).orElseThrow().getDecision().orElseThrow().outcome())
                .isEqualTo(DecisionOutcome.DECLINED));
    }

    @Test
    void concurrent_reservations_never_allocate_more_than_the_remaining_capacity() throws Exception {
        tx.executeWithoutResult(s -> programmes.save(new Programme(ProgrammeCode.of("P91"), "동시성 시험", "Concurrency test",
                "TEST", "시험용", CapacityUnit.GPU, 10L)));
        int threads = 16;
        int attemptsPerThread = 25;
        AtomicInteger granted = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    for (int i = 0; i < attemptsPerThread; i++) {
                        Boolean ok = tx.execute(s -> programmes.reserve(
                                new CapacityClaim(ProgrammeCode.of("P91"), CapacityUnit.GPU, 1)));
                        if (Boolean.TRUE.equals(ok)) {
                            granted.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(granted.get()).isEqualTo(10);
        assertThat(programmes.reservedOf("P91")).isEqualTo(10L);
        assertThat(programmes.remainingOf("P91")).isZero();
    }

    @Test
    void reservation_beyond_what_remains_is_refused_and_release_gives_it_back() {
        tx.executeWithoutResult(s -> programmes.save(new Programme(ProgrammeCode.of("P92"), "예약 시험", "Reserve test",
                "TEST", "시험용", CapacityUnit.KRW, 100L)));
        assertThat(rows(() -> programmes.reserve("P92", 70))).isEqualTo(1);
        assertThat(rows(() -> programmes.reserve("P92", 31))).isZero();
        assertThat(programmes.remainingOf("P92")).isEqualTo(30L);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> Capacity.reserveOrRefuse(programmes,
                new CapacityClaim(ProgrammeCode.of("P92"), CapacityUnit.KRW, 31))))
                .isInstanceOf(CapacityExceededException.class)
                .hasMessageContaining("only 30 KRW remain")
                .satisfies(e -> assertThat(((CapacityExceededException) e).remaining()).isEqualTo(30));
        assertThat(rows(() -> programmes.release("P92", 71))).isZero();
        assertThat(rows(() -> programmes.release("P92", 70))).isEqualTo(1);
        assertThat(programmes.remainingOf("P92")).isEqualTo(100L);
        assertThat(rows(() -> programmes.changeCapacity("P92", 50L))).isEqualTo(1);
        assertThat(rows(() -> programmes.reserve("P92", 40))).isEqualTo(1);
        assertThat(rows(() -> programmes.changeCapacity("P92", 39L))).isZero();
        assertThat(rows(() -> programmes.changeCapacity("P92", null))).isEqualTo(1);
        assertThat(programmes.remainingOf("P92")).isNull();
    }

    @Test
    void saving_a_programme_entity_never_overwrites_reservations_made_meanwhile() {
        tx.executeWithoutResult(s -> programmes.save(new Programme(ProgrammeCode.of("P93"), "덮어쓰기 시험", "Overwrite test",
                "TEST", "시험용", CapacityUnit.GPU, 100L)));
        Programme stale = tx.execute(s -> programmes.findById("P93").orElseThrow());
        tx.execute(s -> programmes.reserve("P93", 5));
        stale.rename("새 이름", "New name");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> programmes.save(stale)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(programmes.reservedOf("P93")).isEqualTo(5L);
    }

    @Test
    void accepting_a_gpu_recommendation_reserves_its_gpus_and_declining_releases_them() {
        long before = programmes.reservedOf("P01");
        Long id = tx.execute(s -> {
            Company company = companies.save(Fixtures.company("수락회사"));
            Proposal p = Fixtures.minimal(company, "ACCEPT-1").build(CLOCK);
            p.replaceRecommendations(List.of(Fixtures.p01(16, 4)), null);
            return proposals.save(p).getId();
        });
        tx.executeWithoutResult(s -> {
            Proposal p = proposals.findWithRecommendationsById(id).orElseThrow();
            Recommendation rec = p.recommendationFor(ProgrammeCode.of("P01")).orElseThrow();
            CapacityClaim claim = rec.claimOn(programmes.findByCode(ProgrammeCode.of("P01")).orElseThrow());
            assertThat(claim.amount()).isEqualTo(16);
            assertThat(programmes.reserve(claim)).isTrue();
            rec.accept("officer-a", "적격", CLOCK, claim);
        });
        assertThat(programmes.reservedOf("P01")).isEqualTo(before + 16);
        tx.executeWithoutResult(s -> {
            Proposal p = proposals.findWithRecommendationsById(id).orElseThrow();
            assertThat(p.getStatus()).isEqualTo(ProposalStatus.DECIDED);
            Recommendation rec = p.recommendationFor(ProgrammeCode.of("P01")).orElseThrow();
            assertThat(rec.getDecision()).hasValueSatisfying(d -> assertThat(d.outcome()).isEqualTo(DecisionOutcome.ACCEPTED));
            assertThat(rec.getReservedAmount()).isEqualTo(16);
            CapacityClaim release = rec.decline("officer-a", "예산 소진", CLOCK);
            assertThat(programmes.release(release)).isTrue();
        });
        assertThat(programmes.reservedOf("P01")).isEqualTo(before);
    }

    @Test
    void only_proposals_without_decisions_are_offered_for_rerouting() {
        List<Long> ids = tx.execute(s -> {
            Company company = companies.save(Fixtures.company("재라우팅"));
            Proposal waiting = Fixtures.minimal(company, "REROUTE-WAIT").build(CLOCK);
            waiting.replaceRecommendations(List.of(Fixtures.p06()), null);
            Proposal decided = Fixtures.minimal(company, "REROUTE-DECIDED").build(CLOCK);
            decided.replaceRecommendations(List.of(Fixtures.p06()), null);
            decided.getRecommendations().get(0).accept("officer", null, CLOCK);
            return List.of(proposals.save(waiting).getId(), proposals.save(decided).getId());
        });
        List<Long> toReroute = proposals.findIdsToReroute();
        assertThat(toReroute).contains(ids.get(0)).doesNotContain(ids.get(1));
    }

    @Test
    void ruleset_versions_keep_their_files_and_are_found_by_hash_and_activity() {
        String big = "rule \"x\" when then end\n".repeat(20_000);
        RulesetVersion saved = tx.execute(s -> {
            RulesetVersion v = new RulesetVersion(Fixtures.hashOf(big), List.of(new RulesetFile("rules/big.drl", big)),
                    20_000, RulesetProvenance.of(RulesetSource.WORKSPACE, "analyst").approvedBy("analyst2")
                            .note("bigger").effectiveAt(OffsetDateTime.parse("2026-03-01T09:00:00+09:00")), CLOCK);
            RulesetVersion stored = rulesets.save(v);
            stored.activate(CLOCK);
            return stored;
        });
        tx.executeWithoutResult(s -> {
            RulesetVersion read = rulesets.findByContentHash(saved.getContentHash()).orElseThrow();
            assertThat(read.getFiles()).singleElement().satisfies(f -> assertThat(f.content()).isEqualTo(big));
            assertThat(read.getContentHash()).isEqualTo(Fixtures.hashOf(big).value());
            assertThat(read.getName()).isEqualTo(Fixtures.hashOf(big).shortForm());
            assertThat(read.getSource()).isEqualTo(RulesetSource.WORKSPACE);
            assertThat(read.getRequestedBy()).isEqualTo("analyst");
            assertThat(read.getApprovedBy()).isEqualTo("analyst2");
            assertThat(read.getPublishedBy()).isEqualTo("analyst2");
            assertThat(read.getEffectiveAt()).isEqualTo(OffsetDateTime.parse("2026-03-01T09:00:00+09:00"));
            assertThat(read.getActivatedAt()).isNotNull();
            assertThat(rulesets.findActive()).isPresent();
            read.retire(CLOCK);
        });
    }

    @Test
    void the_same_content_may_be_published_twice_and_the_pointer_names_one_active_version() {
        RulesetVersion first = tx.execute(s -> rulesets.save(Fixtures.ruleset("again")));
        RulesetVersion second = tx.execute(s -> rulesets.save(new RulesetVersion(first.hash(), first.getFiles(), 26,
                RulesetProvenance.rollback("admin", first.getId()), CLOCK)));
        tx.executeWithoutResult(s -> pointers.lock().moveTo(rulesets.findById(first.getId()).orElseThrow(), null, CLOCK));
        tx.executeWithoutResult(s -> {
            RulesetPointer pointer = pointers.lock();
            pointer.moveTo(rulesets.findById(second.getId()).orElseThrow(),
                    rulesets.findById(pointer.getActiveVersionId()).orElseThrow(), CLOCK);
        });

        tx.executeWithoutResult(s -> {
            assertThat(pointers.activeVersionId()).contains(second.getId());
            assertThat(rulesets.findById(first.getId()).orElseThrow().isActive()).isFalse();
            assertThat(rulesets.findById(first.getId()).orElseThrow().getRetiredAt()).isNotNull();
            assertThat(rulesets.findById(second.getId()).orElseThrow().isActive()).isTrue();
            assertThat(rulesets.findByContentHash(first.getContentHash()).orElseThrow().getId()).isEqualTo(second.getId());
            assertThat(rulesets.findById(second.getId()).orElseThrow().getRolledBackFrom()).isEqualTo(first.getId());
        });
    }

    @Test
    void a_refusal_keeps_its_problems_per_channel() {
        tx.executeWithoutResult(s -> refusals.save(new RulesetRefusal("DIRECTORY", null,
                List.of("a.drl:3:7 unknown field", "b.drl:1:0 empty file"), CLOCK)));

        tx.executeWithoutResult(s -> assertThat(refusals.findById("DIRECTORY").orElseThrow().problems())
                .containsExactly("a.drl:3:7 unknown field", "b.drl:1:0 empty file"));
        tx.executeWithoutResult(s -> refusals.deleteById("DIRECTORY"));
        assertThat(refusals.findAll()).isEmpty();
    }

    @Test
    void audit_entries_are_appended_and_a_changed_entry_is_never_written_back() throws Exception {
        AuditEntry saved = tx.execute(s -> auditLog.save(new AuditEntry(CLOCK, "officer-a", 42L,
                "recommendation.accept", "{\"decision\":null}", "{\"decision\":\"ACCEPTED\"}")));
        Field after = AuditEntry.class.getDeclaredField("after");
        after.setAccessible(true);
        tx.executeWithoutResult(s -> {
            AuditEntry managed = auditLog.findById(saved.getId()).orElseThrow();
            try {
                after.set(managed, "tampered");
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
            em.flush();
        });
        tx.executeWithoutResult(s -> {
            em.clear();
            assertThat(auditLog.findById(saved.getId()).orElseThrow().getAfter()).isEqualTo("{\"decision\":\"ACCEPTED\"}");
            assertThat(auditLog.findByProposalIdOrderByAtAscIdAsc(42L)).extracting(AuditEntry::getAction)
                    .contains("recommendation.accept");
        });
    }

    /** The stored document as written: the same JSON, member for member (decision 061). */
    private static void assertSameDocument(String read, String expected) {
        try {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            assertThat(json.readTree(read)).isEqualTo(json.readTree(expected));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("the stored document is no JSON: " + read, e);
        }
    }
}
