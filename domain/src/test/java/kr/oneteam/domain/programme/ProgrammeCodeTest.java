package kr.oneteam.domain.programme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgrammeCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"P01", "P15", "P99", "BACKLOG"})
    void codes_of_the_catalogue_and_new_ones_are_accepted(String code) {
        assertThat(ProgrammeCode.of(code).value()).isEqualTo(code);
        assertThat(ProgrammeCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1", "P001", "p01", "X01", "backlog", "P0A", ""})
    void other_text_is_refused_with_the_expected_form_named(String text) {
        assertThatThrownBy(() -> ProgrammeCode.of(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text.isEmpty() ? "missing" : "P followed by two digits");
    }

    @Test
    void codes_sort_by_number_with_backlog_last() {
        TreeSet<ProgrammeCode> sorted = new TreeSet<>(List.of(ProgrammeCode.BACKLOG, ProgrammeCode.of("P10"),
                ProgrammeCode.of("P02")));
        assertThat(sorted).extracting(ProgrammeCode::value).containsExactly("P02", "P10", "BACKLOG");
        assertThat(ProgrammeCode.of("BACKLOG").isBacklog()).isTrue();
        assertThat(ProgrammeCode.of("P01")).isEqualTo(ProgrammeCode.of("P01"));
    }

    @Test
    void a_claim_on_a_programme_without_capacity_must_be_empty() {
        assertThatThrownBy(() -> new CapacityClaim(ProgrammeCode.of("P03"), CapacityUnit.NONE, 5))
                .hasMessageContaining("no capacity");
        assertThatThrownBy(() -> new CapacityClaim(ProgrammeCode.of("P01"), CapacityUnit.GPU, -1))
                .hasMessageContaining("negative");
    }

    @Test
    void capacity_cannot_be_set_below_what_is_reserved_or_on_a_programme_that_counts_none() {
        Programme p03 = new Programme(ProgrammeCode.of("P03"), "국가AI컴퓨팅센터", "National AI Computing Center",
                "MSIT/NIPA", "장기 자원", CapacityUnit.NONE, null);
        assertThatThrownBy(() -> p03.changeCapacity(10L)).hasMessageContaining("unit NONE");
        Programme p01 = new Programme(ProgrammeCode.of("P01"), "고성능컴퓨팅 지원사업", "HPC cloud support",
                "MSIT/NIPA", "GPU", CapacityUnit.GPU, 1060L);
        assertThat(p01.remaining()).isEqualTo(1060L);
        assertThatThrownBy(() -> p01.changeCapacity(-1L)).hasMessageContaining("negative");
        p01.changeCapacity(null);
        assertThat(p01.remaining()).isNull();
    }
}
