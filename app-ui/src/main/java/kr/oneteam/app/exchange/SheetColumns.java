package kr.oneteam.app.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.oneteam.domain.vocabulary.Accelerator;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.DataDomain;
import kr.oneteam.domain.vocabulary.DataNeed;
import kr.oneteam.domain.vocabulary.DemandSite;
import kr.oneteam.domain.vocabulary.ExportArtifact;
import kr.oneteam.domain.vocabulary.HighImpactDomain;
import kr.oneteam.domain.vocabulary.Independence;
import kr.oneteam.domain.vocabulary.InnovationProduct;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SandboxTrack;
import kr.oneteam.domain.vocabulary.Sensitivity;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.Spectrum;
import kr.oneteam.domain.vocabulary.Stage;
import kr.oneteam.domain.vocabulary.SupplierRole;
import kr.oneteam.domain.vocabulary.Theme;
import kr.oneteam.domain.vocabulary.ValueChain;
import kr.oneteam.domain.vocabulary.Workload;

import static kr.oneteam.app.exchange.ColumnKind.BOOLEAN;
import static kr.oneteam.app.exchange.ColumnKind.CODE_LIST;
import static kr.oneteam.app.exchange.ColumnKind.CONSORTIUM;
import static kr.oneteam.app.exchange.ColumnKind.DATE_TIME;
import static kr.oneteam.app.exchange.ColumnKind.DECIMAL;
import static kr.oneteam.app.exchange.ColumnKind.ENUM;
import static kr.oneteam.app.exchange.ColumnKind.ENUM_SET;
import static kr.oneteam.app.exchange.ColumnKind.EXPORT_ONLY;
import static kr.oneteam.app.exchange.ColumnKind.INTEGER;
import static kr.oneteam.app.exchange.ColumnKind.TEXT;
import static kr.oneteam.app.exchange.ColumnKind.TEXT_LINES;

/**
 * The proposal sheet's columns, in template order: one per INTAKE.md field (decision record 110), then the
 * columns only an export writes. Adding a field to the contract adds one line here.
 */
public final class SheetColumns {

    /** The columns a proposal is read from, in the template's order. */
    public static final List<SheetColumn> INPUT = List.of(
            text("externalRef", "외부 참조번호", "External ref", false),
            new SheetColumn("receivedAt", DATE_TIME, null, "접수일시", "Received at", true),
            e("channel", Channel.class, "접수 경로", "Channel", true),
            text("company.name", "기업명", "Company name", true),
            text("company.bizRegNo", "사업자등록번호", "Business registration no.", false),
            e("company.sizeClass", SizeClass.class, "기업 규모", "Size class", true),
            bool("company.startup", "스타트업", "Startup"),
            bool("company.venture", "벤처기업", "Venture"),
            bool("company.youthFounded", "청년 창업", "Youth-founded"),
            e("company.region", Region.class, "소재지", "Region", true),
            set("company.valueChain", ValueChain.class, "가치사슬", "Value chain"),
            set("company.supplierRoles", SupplierRole.class, "공급기업 역할", "Supplier roles"),
            new SheetColumn("company.currentAwards", CODE_LIST, null, "현재 수혜 사업", "Current awards", false),
            text("title", "제목", "Title", true),
            text("text", "제안 내용", "Proposal text", true),
            new SheetColumn("categories", ENUM_SET, Category.class, "분류", "Categories", true),
            set("themes", Theme.class, "주제", "Themes"),
            e("stage", Stage.class, "단계", "Stage", true),
            new SheetColumn("requestedAmountKrw", INTEGER, null, "요청 금액(원)", "Requested amount (KRW)", false),
            e("compute.accelerator", Accelerator.class, "가속기", "Accelerator", false),
            new SheetColumn("compute.quantity", INTEGER, null, "GPU 수량", "GPU quantity", false),
            new SheetColumn("compute.months", INTEGER, null, "사용 기간(개월)", "Months", false),
            e("compute.workload", Workload.class, "작업 유형", "Workload", false),
            e("compute.independence", Independence.class, "모델 독자성", "Independence", false),
            e("data.need", DataNeed.class, "데이터 수요", "Data need", false),
            set("data.domains", DataDomain.class, "데이터 분야", "Data domains"),
            e("data.sensitivity", Sensitivity.class, "데이터 민감도", "Data sensitivity", false),
            bool("data.closedEnvironment", "폐쇄 환경", "Closed environment"),
            bool("data.linkage", "데이터 결합", "Data linkage"),
            e("data.exportArtifact", ExportArtifact.class, "반출 산출물", "Export artifact", false),
            e("regulation.sandboxTrack", SandboxTrack.class, "샌드박스 트랙", "Sandbox track", false),
            bool("regulation.generativeAi", "생성형 AI", "Generative AI"),
            e("regulation.highImpactDomain", HighImpactDomain.class, "고영향 분야", "High-impact domain", false),
            bool("procurement.konepsRegistered", "나라장터 등록", "KONEPS registered"),
            e("procurement.innovationProduct", InnovationProduct.class, "혁신제품", "Innovation product", false),
            new SheetColumn("procurement.targetAgencies", TEXT_LINES, null, "수요기관", "Target agencies", false),
            new SheetColumn("global.targetCountries", CODE_LIST, null, "진출 국가", "Target countries", false),
            e("global.demandSite", DemandSite.class, "현지 수요처", "Demand site", false),
            bool("global.governmentBacked", "정부 지원 여부", "Government-backed"),
            new SheetColumn("infra.powerMw", DECIMAL, null, "전력(MW)", "Power (MW)", false),
            e("infra.siteRegion", Region.class, "부지 지역", "Site region", false),
            e("infra.spectrum", Spectrum.class, "주파수", "Spectrum", false),
            new SheetColumn("consortium", CONSORTIUM, null, "컨소시엄", "Consortium", false));

    /** What an export adds after the input columns; an import recognises and skips them. */
    public static final List<SheetColumn> EXPORT = List.of(
            exportOnly("id", "제안 ID", "Proposal id"),
            exportOnly("status", "상태", "Status"),
            exportOnly("ruleset", "규칙 버전", "Ruleset"),
            exportOnly("routingFailure", "미분류 사유", "Routing failure"),
            exportOnly("recommendations", "추천 사업", "Recommendations"),
            exportOnly("decisions", "담당관 결정", "Decisions"));

    private static final Map<String, SheetColumn> BY_PATH = java.util.stream.Stream.concat(INPUT.stream(), EXPORT.stream())
            .collect(Collectors.toMap(SheetColumn::path, Function.identity()));

    private SheetColumns() {
    }

    /** Every column, input then export-only. */
    public static List<SheetColumn> all() {
        return java.util.stream.Stream.concat(INPUT.stream(), EXPORT.stream()).toList();
    }

    /** The column a header names: its Korean or English header or its JSON path, ignoring case and spaces. */
    static Optional<SheetColumn> byHeader(String header) {
        String wanted = normalise(header);
        return all().stream().filter(c -> normalise(c.korean()).equals(wanted) || normalise(c.english()).equals(wanted)
                || normalise(c.path()).equals(wanted)).findFirst();
    }

    static Optional<SheetColumn> byPath(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    private static String normalise(String header) {
        return header == null ? "" : header.replaceAll("[\\s\\u00a0\\ufeff]+", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static SheetColumn text(String path, String korean, String english, boolean required) {
        return new SheetColumn(path, TEXT, null, korean, english, required);
    }

    private static SheetColumn e(String path, Class<? extends Enum<?>> vocabulary, String korean, String english,
                                 boolean required) {
        return new SheetColumn(path, ENUM, vocabulary, korean, english, required);
    }

    private static SheetColumn set(String path, Class<? extends Enum<?>> vocabulary, String korean, String english) {
        return new SheetColumn(path, ENUM_SET, vocabulary, korean, english, false);
    }

    private static SheetColumn bool(String path, String korean, String english) {
        return new SheetColumn(path, BOOLEAN, null, korean, english, false);
    }

    private static SheetColumn exportOnly(String path, String korean, String english) {
        return new SheetColumn(path, EXPORT_ONLY, null, korean, english, false);
    }
}
