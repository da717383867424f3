package kr.oneteam.app.proposal;

import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;
import kr.oneteam.domain.vocabulary.SupplierRole;
import kr.oneteam.domain.vocabulary.ValueChain;

import java.util.Set;

/** The submitting company as of the proposal (INTAKE.md {@code company}). */
public record CompanyForm(
        String name,
        String bizRegNo,
        SizeClass sizeClass,
        boolean startup,
        boolean venture,
        boolean youthFounded,
        Region region,
        Set<ValueChain> valueChain,
        Set<SupplierRole> supplierRoles,
        Set<String> currentAwards) {
}
