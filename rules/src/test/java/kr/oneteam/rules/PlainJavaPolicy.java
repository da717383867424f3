package kr.oneteam.rules;

import static kr.oneteam.domain.vocabulary.Eligibility.CONDITIONAL;
import static kr.oneteam.domain.vocabulary.Eligibility.ELIGIBLE;
import static kr.oneteam.domain.vocabulary.Eligibility.INELIGIBLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.oneteam.domain.vocabulary.*;
import kr.oneteam.rules.fact.*;
import kr.oneteam.rules.outcome.*;

/**
 * The default policy written by hand in plain Java, for two uses: the benchmark's baseline (how fast the
 * same policy runs without a rule engine) and a differential test that the DRL and this reading agree on
 * thousands of random proposals. Outcomes are merged by the same {@link OutcomeMerger}.
 */
final class PlainJavaPolicy {

    private static final Set<SizeClass> P01_SIZES = EnumSet.of(SizeClass.SME, SizeClass.SMALL_BUSINESS,
            SizeClass.UNIVERSITY, SizeClass.RESEARCH, SizeClass.HOSPITAL);
    private static final Set<SizeClass> NO_SELF_PAY = EnumSet.of(SizeClass.UNIVERSITY, SizeClass.RESEARCH,
            SizeClass.PUBLIC, SizeClass.HOSPITAL);
    private static final Set<SizeClass> VOUCHER_SIZES = EnumSet.of(SizeClass.SME, SizeClass.SMALL_BUSINESS,
            SizeClass.MIDSIZE, SizeClass.HOSPITAL);
    private static final Set<Sensitivity> PERSONAL = EnumSet.of(Sensitivity.PSEUDONYMOUS, Sensitivity.PERSONAL,
            Sensitivity.SENSITIVE);
    private static final Set<String> EMERGING = Set.of("AE", "SA", "QA", "EG", "VN", "TH", "ID", "MY", "PH", "IN",
            "MX", "BR", "CL", "KZ", "UZ", "MN");
    private static final LocalDate AI_ACT_16 = LocalDate.of(2026, 7, 21);
    private static final BigDecimal TEN_MW = BigDecimal.TEN;
    private static final Map<Category, List<String>> SERVED_BY = Map.ofEntries(
            Map.entry(Category.COMPUTE, List.of("P01", "P02", "P04")),
            Map.entry(Category.DATA, List.of("P08", "P09", "P10")),
            Map.entry(Category.REGULATION, List.of("P11")), Map.entry(Category.PUBLIC_DEMAND, List.of("P06")),
            Map.entry(Category.GLOBAL, List.of("P13")), Map.entry(Category.RND_FUNDING, List.of("P15")),
            Map.entry(Category.AI_ADOPTION, List.of("P07")), Map.entry(Category.POWER_SITE, List.of("P12")),
            Map.entry(Category.SPECTRUM, List.of("P11")), Map.entry(Category.ECOSYSTEM, List.of("P14")),
            Map.entry(Category.TALENT, List.of()), Map.entry(Category.TAX, List.of()));

    private PlainJavaPolicy() {
    }

    static RoutedProposal route(Proposal p, String hash) {
        return OutcomeMerger.merge(p.getId(), hash, outcomes(p));
    }

    static List<Outcome> outcomes(Proposal p) {
        long id = p.getId();
        Company c = p.getCompany();
        SizeClass size = c.getSizeClass();
        Set<Category> cats = p.getCategories();
        List<Outcome> o = new ArrayList<>();
        Compute cp = p.getCompute();
        if (cats.contains(Category.COMPUTE) && cp != null) {
            int q = cp.getQuantity();
            int m = cp.getMonths();
            if (q <= 16 && P01_SIZES.contains(size)) {
                o.add(new Contribution(id, "P01", ELIGIBLE, "R-CMP-01", "GPU " + q + "장 소규모 요청 — 고성능컴퓨팅 클라우드 지원(16장·4개월 이내)"));
                o.add(Grant.gpus(id, "P01", "R-CMP-01", q, Math.min(m, 4)));
                if (m > 4) {
                    o.add(new Note(id, "P01", "R-CMP-01", "기간 4개월로 조정"));
                }
            }
            if (size != SizeClass.LARGE && (q > 16 || !P01_SIZES.contains(size))) {
                BigDecimal selfPay = NO_SELF_PAY.contains(size) ? BigDecimal.ZERO : BigDecimal.valueOf(c.isStartup() ? 5 : 10);
                if (c.isYouthFounded()) {
                    selfPay = selfPay.divide(BigDecimal.valueOf(2));
                }
                o.add(new Contribution(id, "P02", ELIGIBLE, "R-CMP-02", "GPU " + q + "장 요청 — 첨단 GPU 확보·배분 (자부담 "
                        + selfPay.stripTrailingZeros().toPlainString() + "%)"));
                o.add(Grant.gpus(id, "P02", "R-CMP-02", Math.min(q, 256), Math.min(m, 12), selfPay));
                if (q > 256) {
                    o.add(new Note(id, "P02", "R-CMP-02", "GPU 256장 상한으로 조정"));
                }
                if (m > 12) {
                    o.add(new Note(id, "P02", "R-CMP-02", "기간 12개월 상한으로 조정"));
                }
            }
            if (size == SizeClass.LARGE) {
                o.add(new Contribution(id, "P02", INELIGIBLE, "R-CMP-03", "대기업 단독 신청 불가"));
            }
            if (cp.getWorkload() == Workload.PRETRAINING && q > 256) {
                o.add(cp.getIndependence() != Independence.FOREIGN_FINETUNE
                        ? new Contribution(id, "P04", CONDITIONAL, "R-CMP-04", "공모 선정 필요")
                        : new Contribution(id, "P04", INELIGIBLE, "R-CMP-04", "해외 모델 미세조정은 독자성 요건 미충족"));
            }
        }
        boolean aiChip = c.getValueChain().contains(ValueChain.AI_CHIP);
        Set<Theme> themes = p.getThemes();
        if (aiChip) {
            // R-NPU-01 and R-NPU-02 whatever the categories (POLICY.md §4).
            if (themes.contains(Theme.DOMESTIC_NPU) || themes.contains(Theme.INFERENCE)) {
                o.add(new Contribution(id, "P05", ELIGIBLE, "R-NPU-01", "국산 AI반도체 실증·사업화 대상"));
            }
            if (themes.contains(Theme.DOMESTIC_NPU)) {
                o.add(new Contribution(id, "P03", ELIGIBLE, "R-NPU-02", "국산 NPU 도입 평가 반영"));
            }
        }
        if (cp != null && cp.getAccelerator() == Accelerator.DOMESTIC_NPU && !aiChip) {
            o.add(new Contribution(id, "P05", ELIGIBLE, "R-NPU-03", "AX 실증: 국산 NPU 전환"));
        }
        if (cats.contains(Category.PUBLIC_DEMAND)) {
            Procurement pr = p.getProcurement();
            String steps = "";
            if (pr == null || !pr.isKonepsRegistered()) {
                steps = "나라장터 등록";
            }
            if (pr == null || pr.getInnovationProduct() == InnovationProduct.NONE) {
                steps = steps.isEmpty() ? "혁신제품 지정 신청" : steps + ", 혁신제품 지정 신청";
            }
            o.add(new Contribution(id, "P06", ELIGIBLE, "R-PRC-01", steps.isEmpty() ? "공공수요 요청" : "공공수요 요청 — " + steps));
            if (!p.getReceivedDate().isBefore(AI_ACT_16)) {
                o.add(new Flag(id, "P06", "R-PRC-02", "AI기본법 §16③ 공공기관 AI 제품 우선 고려"));
            }
        }
        if (cats.contains(Category.AI_ADOPTION)) {
            if (VOUCHER_SIZES.contains(size)) {
                Long amount = p.getRequestedAmountKrw();
                o.add(new Contribution(id, "P07", ELIGIBLE, "R-VOU-01", "AI 도입 수요기업 — AI 바우처 (최대 2억원)"));
                o.add(Grant.krw(id, "P07", "R-VOU-01", amount == null ? 200_000_000L : Math.min(amount, 200_000_000L)));
            } else if (size == SizeClass.LARGE) {
                o.add(new Contribution(id, "P07", INELIGIBLE, "R-VOU-01", "중소·중견기업 대상"));
            }
        }
        DataRequest d = p.getData();
        if (d != null) {
            if (cats.contains(Category.DATA)) {
                data(p, d, o);
            }
            if (d.getDomains().contains(DataDomain.MEDICAL)) {
                o.add(new Contribution(id, "P10", ELIGIBLE, "R-DAT-02", "의료 데이터 활용 — 보건의료데이터 활용 지원"));
                o.add(new Flag(id, "P10", "R-DAT-02", "보건의료데이터 가이드라인·데이터심의위원회(DRB)"));
            }
            if (d.getExportArtifact() == ExportArtifact.MODEL_WEIGHTS && PERSONAL.contains(d.getSensitivity())) {
                o.add(new Contribution(id, "BACKLOG", ELIGIBLE, "R-DAT-04", "안심구역 내 학습 후 모델 가중치 반출 — 법적 근거 불명확"));
                o.add(Flag.onProposal(id, "R-DAT-04", "담당관 법률 검토 필요"));
            }
        }
        if (cats.contains(Category.REGULATION)) {
            SandboxTrack track = p.getRegulation().getSandboxTrack();
            switch (track) {
                case RAPID_CONFIRMATION -> o.add(new Contribution(id, "P11", ELIGIBLE, "R-REG-01", "규제샌드박스 신속확인 — 30일 이내 회신"));
                case DEMONSTRATION -> o.add(new Contribution(id, "P11", ELIGIBLE, "R-REG-01", "규제샌드박스 실증특례 — 2년+연장 2년"));
                case TEMPORARY_PERMIT -> o.add(new Contribution(id, "P11", ELIGIBLE, "R-REG-01", "규제샌드박스 임시허가"));
                case PLANNED -> o.add(new Contribution(id, "P11", ELIGIBLE, "R-REG-01", "규제샌드박스 기획형"));
                case NONE -> o.add(new Contribution(id, "P11", CONDITIONAL, "R-REG-02", "특례 유형 확인 필요 — 신속확인부터 권장"));
            }
        }
        Infra infra = p.getInfra();
        if (cats.contains(Category.SPECTRUM) || (infra != null && infra.getSpectrum() != Spectrum.NONE)) {
            o.add(new Contribution(id, "P11", ELIGIBLE, "R-SPC-01", "전파: 이음5G 지정·할당 / 실험국 / TVWS"));
        }
        BigDecimal mw = infra == null ? null : infra.getPowerMw();
        if (mw != null && mw.compareTo(TEN_MW) >= 0) {
            o.add(new Contribution(id, "P12", ELIGIBLE, "R-PWR-01", "10MW 이상 전력 수요 — 전력계통·입지 지원"));
            o.add(new Flag(id, "P12", "R-PWR-01", "전력계통영향평가 대상(10MW 이상)"));
            if (infra.getSiteRegion() == Region.CAPITAL) {
                o.add(new Flag(id, "P12", "R-PWR-01", "수도권 통과율 1.7% (2023.8–2025.6)"));
            }
            if (infra.getSiteRegion() == Region.NON_CAPITAL) {
                o.add(new Note(id, "P12", "R-PWR-01", "비수도권 인센티브"));
                o.add(new ScoreBonus(id, "P12", "R-PWR-01", 10));
            }
        } else if (cats.contains(Category.POWER_SITE)) {
            o.add(new Contribution(id, "P12", CONDITIONAL, "R-PWR-02", "계통영향평가 비대상 — 일반 전기사용 신청"));
        }
        GlobalExpansion g = p.getGlobal();
        if (cats.contains(Category.GLOBAL)) {
            if (g != null && g.getDemandSite() != DemandSite.NONE) {
                o.add(new Contribution(id, "P13", ELIGIBLE, "R-GLB-01", "해외 수요처 확보·협의 중 — 해외진출 지원"));
                if (g.getTargetCountries().stream().anyMatch(EMERGING::contains)) {
                    o.add(new ScoreBonus(id, "P13", "R-GLB-01", 10));
                    o.add(new Note(id, "P13", "R-GLB-01", "신흥시장 진출 우대"));
                }
            } else {
                o.add(new Contribution(id, "P13", CONDITIONAL, "R-GLB-02", "해외 수요처 확보 필요"));
            }
            if (g != null && g.isGovernmentBacked()) {
                o.add(new Contribution(id, "BACKLOG", ELIGIBLE, "R-GLB-03", "정부 간 기술원조(ODA형) 지원 트랙 부재"));
            }
        }
        if ((p.getStage() == Stage.POC || p.getStage() == Stage.COMMERCIAL) && (themes.contains(Theme.AGENTIC_AI)
                || themes.contains(Theme.AX) || themes.contains(Theme.PUBLIC_AI))) {
            o.add(new Contribution(id, "P14", ELIGIBLE, "R-AX-01", "에이전틱·AX·공공 AI 실증·사업화 단계 — AX 확산 지원"));
        }
        if (cats.contains(Category.ECOSYSTEM) && size == SizeClass.LARGE
                && p.getConsortium().stream().anyMatch(ConsortiumMember::isSmeLike)) {
            o.add(new Contribution(id, "P14", ELIGIBLE, "R-AX-02", "중소기업 주관·대기업 기술공급 구조 권장"));
        }
        if (cats.contains(Category.RND_FUNDING) && c.isStartup() && size == SizeClass.SME) {
            o.add(new Contribution(id, "P15", CONDITIONAL, "R-RND-01", "운영사 선투자 필요"));
            if (c.getRegion() == Region.NON_CAPITAL) {
                o.add(new Note(id, "P15", "R-RND-01", "비수도권 우대"));
            }
        }
        exclusions(p, o);
        if (p.getRegulation().getHighImpactDomain() != HighImpactDomain.NONE) {
            o.add(Flag.onProposal(id, "R-LAW-01", "AI기본법 §33 고영향 확인(30+30일)·§34 책무"));
            if (c.isSmeLike()) {
                o.add(Flag.onProposal(id, "R-LAW-01", "AI기본법 §17 이행지원"));
            }
        }
        if (p.getRegulation().isGenerativeAi()) {
            o.add(Flag.onProposal(id, "R-LAW-02", "AI기본법 §31 사전고지·생성물 표시"));
        }
        o.add(ScoreBonus.onProposal(id, "R-SCR-01", 50));
        if (c.isSmeLike() || c.isVenture()) {
            o.add(ScoreBonus.onProposal(id, "R-SCR-02", 10));
        }
        if (c.isYouthFounded()) {
            o.add(ScoreBonus.onProposal(id, "R-SCR-03", 5));
        }
        backlog(p, o);
        return o;
    }

    private static void data(Proposal p, DataRequest d, List<Outcome> o) {
        long id = p.getId();
        if (PERSONAL.contains(d.getSensitivity()) || d.isClosedEnvironment()) {
            o.add(new Contribution(id, "P09", ELIGIBLE, "R-DAT-01", "가명·민감정보 또는 폐쇄환경 분석 — 데이터 안심구역 이용"));
            if (d.isLinkage()) {
                o.add(new Flag(id, "P09", "R-DAT-01", "결합전문기관 경유 결합"));
            }
        }
        DataNeed need = d.getNeed();
        if (need == DataNeed.ACCESS || need == null) {
            return;
        }
        Long amount = p.getRequestedAmountKrw();
        if (!p.getCompany().isSmeLike()) {
            o.add(new Contribution(id, "P08", ELIGIBLE, "R-DAT-03", "AI 학습용 데이터 구축사업 (컨소시엄)"));
        } else if (need == DataNeed.PURCHASE) {
            o.add(new Contribution(id, "P08", ELIGIBLE, "R-DAT-03", "데이터 바우처 — 데이터 구매 (한도 1,000만원)"));
            o.add(Grant.krw(id, "P08", "R-DAT-03", amount == null ? 10_000_000L : Math.min(amount, 10_000_000L)));
        } else {
            o.add(new Contribution(id, "P08", ELIGIBLE, "R-DAT-03", "데이터 바우처 — 데이터 가공 (한도 6,000만원)"));
            o.add(Grant.krw(id, "P08", "R-DAT-03", amount == null ? 60_000_000L : Math.min(amount, 60_000_000L)));
        }
    }

    private static void exclusions(Proposal p, List<Outcome> o) {
        Set<SupplierRole> roles = p.getCompany().getSupplierRoles();
        boolean supplier = roles.contains(SupplierRole.GOV_GPU_SUPPLIER) || roles.contains(SupplierRole.GPU_LEASE_SUPPLIER);
        boolean awardee = p.getCompany().getCurrentAwards().contains("P04");
        List<Outcome> added = new ArrayList<>();
        for (Outcome outcome : o) {
            if (outcome instanceof Contribution c) {
                String prog = c.getProgramme();
                if (supplier && (prog.equals("P01") || prog.equals("P02") || prog.equals("P04"))) {
                    added.add(new Exclusion(p.getId(), prog, "R-CMP-X1", "정부 GPU 공급·임대 사업자 — GPU 지원 제외"));
                }
                if (awardee && (prog.equals("P01") || prog.equals("P02"))) {
                    added.add(new Exclusion(p.getId(), prog, "R-CMP-X2", "독자 AI 파운데이션 모델 GPU 수혜 중 — 중복 지원 불가"));
                }
            }
        }
        o.addAll(added);
    }

    private static void backlog(Proposal p, List<Outcome> o) {
        List<Outcome> added = new ArrayList<>();
        for (Category category : p.getCategories()) {
            boolean served = false;
            for (String prog : SERVED_BY.get(category)) {
                boolean excluded = o.stream().anyMatch(x -> x instanceof Exclusion e && e.getProgramme().equals(prog));
                boolean contributes = o.stream().anyMatch(x -> x instanceof Contribution c
                        && c.getProgramme().equals(prog) && c.getEligibility() != INELIGIBLE);
                served |= contributes && !excluded;
            }
            if (!served) {
                added.add(new Contribution(p.getId(), "BACKLOG", ELIGIBLE, "R-BKL-01", "정책과제 이관: " + Labels.korean(category)));
            }
        }
        o.addAll(added);
    }
}
