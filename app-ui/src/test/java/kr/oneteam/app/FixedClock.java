package kr.oneteam.app;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** "Now" in tests is 2026-01-01T00:00Z, so that "not more than a day in the future" can be tested exactly. */
@TestConfiguration
public class FixedClock {

    public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
