package kr.oneteam.domain.ruleset;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RulesetHashTest {

    private static final RulesetFile A = new RulesetFile("rules/a.drl", "rule a");
    private static final RulesetFile B = new RulesetFile("rules/b.drl", "rule b");

    @Test
    void the_same_files_in_any_order_give_the_same_hash() {
        assertThat(RulesetHash.of(List.of(A, B))).isEqualTo(RulesetHash.of(List.of(B, A)));
        assertThat(RulesetHash.of(List.of(A)).value()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void one_changed_character_or_a_moved_boundary_changes_the_hash() {
        assertThat(RulesetHash.of(List.of(A))).isNotEqualTo(RulesetHash.of(List.of(new RulesetFile("rules/a.drl", "rule A"))));
        assertThat(RulesetHash.of(List.of(new RulesetFile("x", "yz"))))
                .isNotEqualTo(RulesetHash.of(List.of(new RulesetFile("xy", "z"))));
    }

    @Test
    void a_hash_is_parsed_only_in_its_own_form() {
        String valid = RulesetHash.of(List.of(A)).value();
        assertThat(RulesetHash.parse(valid).value()).isEqualTo(valid);
        assertThatThrownBy(() -> RulesetHash.parse("md5:abc")).hasMessageContaining("sha256:");
    }
}
