package kr.oneteam.domain.support;

import kr.oneteam.domain.company.BizRegNo;
import kr.oneteam.domain.company.Company;
import kr.oneteam.domain.programme.ProgrammeCode;
import kr.oneteam.domain.proposal.Proposal;
import kr.oneteam.domain.proposal.ProposalBuilder;
import kr.oneteam.domain.recommendation.Allocation;
import kr.oneteam.domain.recommendation.Recommendation;
import kr.oneteam.domain.recommendation.RuleReason;
import kr.oneteam.domain.ruleset.RulesetFile;
import kr.oneteam.domain.ruleset.RulesetHash;
import kr.oneteam.domain.ruleset.RulesetProvenance;
import kr.oneteam.domain.ruleset.RulesetSource;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.Stage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Proposals, recommendations and rulesets as the tests need them; every block filled where asked. */
public final class Fixtures {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Seoul"));
    public static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2025-07-08T15:30:00+09:00");

    private Fixtures() {
    }

    public static Company company(String name) {
        return new Company(name, null);
    }

    public static Company companyWithNumber(String name, String bizRegNo) {
        return new Company(name, BizRegNo.parse(bizRegNo));
    }

    /**
     * A proposal with only the required fields. The document is what the intake would store for it (decision 061);
     * the domain does not read it, so here it is plain JSON written out.
     */
    public static ProposalBuilder minimal(Company company, String externalRef) {
        return Proposal.builder()
                .externalRef(externalRef)
                .receivedAt(RECEIVED)
                .channel(Channel.PORTAL)
                .company(company, SizeClass.SME, Region.CAPITAL)
                .content(document("""
                        { "externalRef": %s, "receivedAt": "2025-07-08T15:30:00+09:00", "channel": "PORTAL",
                          "company": { "name": %s, "sizeClass": "SME", "startup": false, "venture": false,
                            "youthFounded": false, "region": "CAPITAL", "valueChain": [], "supplierRoles": [],
                            "currentAwards": [] },
                          "title": "GPU 지원 요청", "text": "학습용 GPU가 부족합니다.", "categories": ["COMPUTE"],
                          "themes": [], "stage": "POC", "consortium": [] }""", externalRef, company.getName()))
                .title("GPU 지원 요청")
                .categories(EnumSet.of(Category.COMPUTE))
                .stage(Stage.POC);
    }

    /** A proposal with every block of INTAKE.md filled, including text that needs escaping. */
    public static ProposalBuilder full(Company company, String externalRef) {
        return Proposal.builder()
                .externalRef(externalRef)
                .receivedAt(RECEIVED)
                .channel(Channel.MEETING)
                .company(company, SizeClass.SME, Region.NON_CAPITAL)
                .sandboxTrack(kr.oneteam.domain.vocabulary.SandboxTrack.DEMONSTRATION)
                .content(document("""
                        { "externalRef": %s, "receivedAt": "2025-07-08T15:30:00+09:00", "channel": "MEETING",
                          "company": { "name": %s, "sizeClass": "SME", "startup": true, "venture": true,
                            "youthFounded": false, "region": "NON_CAPITAL", "valueChain": ["AI_CHIP", "FOUNDATION_MODEL"],
                            "supplierRoles": ["DATA_SUPPLIER"], "currentAwards": ["P05", "P13"] },
                          "title": "공공부문 국산 AI반도체 선도 수요 창출",
                          "text": "엔비디아와 경쟁하려면 공공이 먼저 <b>국산</b> AI반도체 수요를 만들어야 한다\\n둘째 줄, 쉼표 포함",
                          "categories": ["COMPUTE", "DATA", "REGULATION", "PUBLIC_DEMAND", "GLOBAL", "POWER_SITE", "ECOSYSTEM"],
                          "themes": ["DOMESTIC_NPU", "INFERENCE"], "stage": "COMMERCIAL", "requestedAmountKrw": 60000000,
                          "compute": { "accelerator": "H100", "quantity": 16, "months": 6, "workload": "PRETRAINING",
                                       "independence": "FROM_SCRATCH" },
                          "data": { "need": "REFINING", "domains": ["MEDICAL", "FINANCE"], "sensitivity": "PSEUDONYMOUS",
                                    "closedEnvironment": true, "linkage": true, "exportArtifact": "MODEL_WEIGHTS" },
                          "regulation": { "sandboxTrack": "DEMONSTRATION", "generativeAi": true, "highImpactDomain": "HEALTHCARE" },
                          "procurement": { "konepsRegistered": true, "innovationProduct": "APPLIED",
                                           "targetAgencies": ["국가정보자원관리원", "경찰청, 본청", "줄\\n바꿈 \\\\ 기관"] },
                          "global": { "targetCountries": ["VN", "US"], "demandSite": "NEGOTIATING", "governmentBacked": true },
                          "infra": { "powerMw": 12.5, "siteRegion": "NON_CAPITAL", "spectrum": "EUM5G_4_7" },
                          "consortium": [ { "name": "리벨리온", "sizeClass": "SME", "role": "LEAD" },
                                          { "name": "KT", "sizeClass": "LARGE", "role": "MEMBER" } ] }""",
                        externalRef, company.getName()))
                .title("공공부문 국산 AI반도체 선도 수요 창출")
                .categories(EnumSet.of(Category.COMPUTE, Category.DATA, Category.REGULATION, Category.PUBLIC_DEMAND,
                        Category.GLOBAL, Category.POWER_SITE, Category.ECOSYSTEM))
                .stage(Stage.COMMERCIAL);
    }

    /** {@code template} with its {@code %s} filled by JSON strings (or null), checked to be JSON. */
    private static String document(String template, String... strings) {
        Object[] quoted = new Object[strings.length];
        try {
            for (int i = 0; i < strings.length; i++) {
                quoted[i] = JSON.writeValueAsString(strings[i]);
            }
            String json = template.formatted(quoted);
            return JSON.writeValueAsString(JSON.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    public static RulesetVersion ruleset(String marker) {
        return new RulesetVersion(hashOf(marker), List.of(
                new RulesetFile("rules/p01-hpc.drl", "rule \"R-CMP-01 SME small GPU request → P01\" // " + marker),
                new RulesetFile("scenarios/p01.csv", "description,expected\n" + marker)),
                26, RulesetProvenance.of(RulesetSource.SEED, "analyst-kim").detail("classpath:rules")
                        .note("first version " + marker), CLOCK);
    }

    /** A well-formed hash for test data (the real formula is the rules module's ContentHash). */
    public static RulesetHash hashOf(String text) {
        try {
            return RulesetHash.parse("sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest
                    .getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Recommendation p01(int gpus, int months) {
        return new Recommendation(ProgrammeCode.of("P01"), Eligibility.ELIGIBLE, 60, Allocation.gpus(gpus, months),
                List.of("R-CMP-01"), List.of(new RuleReason("R-CMP-01", "중소기업 소규모 GPU 요청"),
                new RuleReason("R-CMP-01", "기간 4개월로 조정")), List.of("AI기본법 §31 사전고지·생성물 표시"));
    }

    public static Recommendation p02(int gpus, int months, String selfPay) {
        return new Recommendation(ProgrammeCode.of("P02"), Eligibility.ELIGIBLE, 70,
                Allocation.gpus(gpus, months, new BigDecimal(selfPay)), List.of("R-CMP-02"),
                List.of(new RuleReason("R-CMP-02", "GPU 256장으로 조정")), List.of());
    }

    public static Recommendation p04Ineligible() {
        return new Recommendation(ProgrammeCode.of("P04"), Eligibility.INELIGIBLE, 0, null,
                List.of("R-CMP-04"), List.of(new RuleReason("R-CMP-04", "해외 모델 미세조정은 독자성 요건 미충족")), List.of());
    }

    public static Recommendation p06() {
        return new Recommendation(ProgrammeCode.of("P06"), Eligibility.CONDITIONAL, 55, null,
                List.of("R-PRC-01", "R-PRC-02"), List.of(new RuleReason("R-PRC-01", "공공수요 요청 — 혁신제품 지정 신청")),
                List.of("AI기본법 §16③ 공공기관 AI 제품 우선 고려"));
    }

    public static Recommendation p07(long krw) {
        return new Recommendation(ProgrammeCode.of("P07"), Eligibility.ELIGIBLE, 65, Allocation.krw(krw),
                List.of("R-VOU-01"), List.of(new RuleReason("R-VOU-01", "AI 바우처 대상")), List.of());
    }

    public static Recommendation backlog() {
        return new Recommendation(ProgrammeCode.BACKLOG, Eligibility.ELIGIBLE, 0, null, List.of("R-BKL-01"),
                List.of(new RuleReason("R-BKL-01", "정책과제 이관: 인력")), List.of());
    }
}
