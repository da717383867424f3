package kr.oneteam.app.routing;

import kr.oneteam.rules.RoutingEngine;
import kr.oneteam.rules.RulesConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** One routing engine per app, fed by {@code oneteam.rules.dir} (blank: only the ruleset shipped in the jar). */
@Configuration
class RulesEngineConfig {

    @Bean(destroyMethod = "close")
    RoutingEngine routingEngine(@Value("${oneteam.rules.dir:}") String rulesDir) {
        return RoutingEngine.start(rulesDir == null || rulesDir.isBlank()
                ? RulesConfig.defaults() : new RulesConfig(Path.of(rulesDir)));
    }
}
