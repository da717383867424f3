package kr.oneteam.domain.benchmark;

import kr.oneteam.domain.support.EmbeddedPostgresConfig;
import org.springframework.context.annotation.Import;

@Import(EmbeddedPostgresConfig.class)
class QueueOnPostgresBenchmark extends QueueBenchmarkContract {

    @Override
    String database() {
        return "PostgreSQL";
    }
}
