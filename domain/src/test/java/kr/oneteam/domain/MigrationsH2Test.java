package kr.oneteam.domain;

import kr.oneteam.domain.programme.ProgrammeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class MigrationsH2Test {

    @Autowired
    ProgrammeRepository programmes;

    @Test
    void migrations_seed_the_catalogue_and_the_mapping_validates() {
        assertThat(programmes.count()).isEqualTo(16);
    }
}
