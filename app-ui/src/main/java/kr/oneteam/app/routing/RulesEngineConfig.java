package kr.oneteam.app.routing;

import kr.oneteam.rules.RoutingEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One routing engine per app, serving the database's active ruleset version (docs/decisions/050). The rules
 * directory ({@code oneteam.rules.dir}) is an import channel ({@link DirectoryImport}), not the engine's source.
 */
@Configuration
class RulesEngineConfig {

    @Bean
    ServedRuleset servedRuleset(RulesetBoot boot) {
        RulesetBoot.Booted booted = boot.boot();
        return new ServedRuleset(RoutingEngine.serving(booted.router()), booted.versionId());
    }

    @Bean(destroyMethod = "close")
    RoutingEngine routingEngine(ServedRuleset served) {
        return served.engine();
    }
}
