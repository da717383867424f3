package kr.oneteam.rules.bench;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import kr.oneteam.domain.vocabulary.*;
import kr.oneteam.rules.fact.*;

/** Seeded random proposals that are valid by INTAKE.md, spread over every part of the policy. */
public final class RandomProposals {

    private static final List<String> COUNTRIES = List.of("US", "JP", "DE", "VN", "AE", "IN", "BR", "SG", "GB", "UZ");

    private final Random random;

    public RandomProposals(long seed) {
        this.random = new Random(seed);
    }

    public List<Proposal> next(int count, long firstId) {
        List<Proposal> proposals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            proposals.add(next(firstId + i));
        }
        return proposals;
    }

    public Proposal next(long id) {
        Set<Category> categories = some(Category.class, 1 + random.nextInt(3));
        SizeClass size = one(SizeClass.class);
        Proposal.Builder p = Proposal.builder()
                .id(id)
                .externalRef("R-" + id)
                .receivedAt(OffsetDateTime.parse("2026-07-15T10:00:00+09:00").plusDays(random.nextInt(14)))
                .channel(one(Channel.class))
                .company(Company.builder().name("기업 " + id).sizeClass(size)
                        .startup(random.nextBoolean()).venture(random.nextBoolean()).youthFounded(random.nextInt(5) == 0)
                        .region(one(Region.class))
                        .valueChain(some(ValueChain.class, random.nextInt(3)))
                        .supplierRoles(random.nextInt(6) == 0 ? some(SupplierRole.class, 1) : Set.of())
                        .currentAwards(random.nextInt(8) == 0 ? Set.of("P04") : Set.of())
                        .build())
                .title("제안 " + id).text("본문")
                .categories(categories)
                .themes(some(Theme.class, random.nextInt(3)))
                .stage(one(Stage.class))
                .requestedAmountKrw(random.nextBoolean() ? null : (long) random.nextInt(400) * 1_000_000L)
                .regulation(Regulation.builder().sandboxTrack(one(SandboxTrack.class))
                        .generativeAi(random.nextBoolean()).highImpactDomain(random.nextInt(3) == 0
                                ? one(HighImpactDomain.class) : HighImpactDomain.NONE).build());
        if (categories.contains(Category.COMPUTE) || random.nextInt(10) == 0) {
            Workload workload = one(Workload.class);
            p.compute(Compute.builder().accelerator(one(Accelerator.class))
                    .quantity(1 + random.nextInt(random.nextBoolean() ? 32 : 1024)).months(1 + random.nextInt(24))
                    .workload(workload).independence(workload == Workload.PRETRAINING ? one(Independence.class) : null)
                    .build());
        }
        if (categories.contains(Category.DATA) || random.nextInt(10) == 0) {
            p.data(DataRequest.builder().need(one(DataNeed.class)).domains(some(DataDomain.class, random.nextInt(3)))
                    .sensitivity(one(Sensitivity.class)).closedEnvironment(random.nextBoolean())
                    .linkage(random.nextBoolean()).exportArtifact(random.nextBoolean() ? one(ExportArtifact.class) : null)
                    .build());
        }
        if (categories.contains(Category.PUBLIC_DEMAND) || random.nextInt(10) == 0) {
            p.procurement(Procurement.builder().konepsRegistered(random.nextBoolean())
                    .innovationProduct(one(InnovationProduct.class)).targetAgencies(List.of("기관")).build());
        }
        if (categories.contains(Category.GLOBAL)) {
            p.global(GlobalExpansion.builder()
                    .targetCountries(List.of(COUNTRIES.get(random.nextInt(COUNTRIES.size())),
                            COUNTRIES.get(random.nextInt(COUNTRIES.size()))))
                    .demandSite(one(DemandSite.class)).governmentBacked(random.nextInt(4) == 0).build());
        }
        if (categories.contains(Category.POWER_SITE) || categories.contains(Category.SPECTRUM) || random.nextInt(10) == 0) {
            p.infra(Infra.builder().powerMw(random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(400), 1) : null)
                    .siteRegion(random.nextBoolean() ? one(Region.class) : null).spectrum(one(Spectrum.class)).build());
        }
        if (categories.contains(Category.ECOSYSTEM) && random.nextBoolean()) {
            p.consortium(List.of(new ConsortiumMember("구성원", one(SizeClass.class), ConsortiumRole.MEMBER)));
        }
        return p.build();
    }

    private <E extends Enum<E>> E one(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    private <E extends Enum<E>> Set<E> some(Class<E> type, int count) {
        Set<E> values = EnumSet.noneOf(type);
        for (int i = 0; i < count; i++) {
            values.add(one(type));
        }
        return values;
    }
}
