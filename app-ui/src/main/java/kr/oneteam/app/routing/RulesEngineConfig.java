package kr.oneteam.app.routing;

import kr.oneteam.rules.RoutingEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;

/**
 * One routing engine per app, serving the database's active ruleset version (docs/decisions/050). The rules
 * directory ({@code oneteam.rules.dir}) is an import channel ({@link DirectoryImport}), not the engine's source.
 *
 * <p>Start-up does not wait for the ruleset to compile (docs/decisions/051): {@link RulesetBoot} runs on a
 * thread of its own while the rest of the application (web server, UI, security) starts, and the start waits
 * for it only before the application runners (accounts, demo data), which route. Until then the readiness
 * probe says not ready and any routing call waits. A version that cannot be served still stops the start,
 * with the reason. {@code oneteam.rules.compile-in-background=false} compiles on the start-up thread.
 *
 * <p>The application's beans are created lazily (decision 142), this one not: it starts the compile. It takes
 * {@link RulesetBoot} as a provider and resolves it on the boot thread, so that the start-up thread does not wait
 * here for what RulesetBoot needs (its repositories, hence Hibernate's factory, which is built in the background).
 */
@Configuration
class RulesEngineConfig {

    private static final Logger log = LoggerFactory.getLogger(RulesEngineConfig.class);

    @Bean
    @Lazy(false)
    ServedRuleset servedRuleset(ObjectProvider<RulesetBoot> boot,
                                @Value("${oneteam.rules.compile-in-background:true}") boolean inBackground) {
        ServedRuleset served = new ServedRuleset(RoutingEngine.awaiting());
        Runnable compile = () -> {
            try {
                RulesetBoot.Booted booted = boot.getObject().boot();
                served.serve(booted.versionId(), booted.router());
            } catch (Throwable e) { // NOPMD: whatever stops the boot stops the start (awaitRuleset), with its reason
                served.cannotServe(e);
            }
        };
        if (inBackground) {
            Thread thread = new Thread(compile, "ruleset-boot");
            thread.setDaemon(true);
            thread.start();
        } else {
            compile.run();
            served.awaitFirst();
        }
        return served;
    }

    @Bean(destroyMethod = "close")
    RoutingEngine routingEngine(ServedRuleset served) {
        return served.engine();
    }

    /** Before the runners, which route: the start waits for the ruleset here, or fails with why it cannot be served. */
    @EventListener(ApplicationStartedEvent.class)
    void awaitRuleset(ApplicationStartedEvent started) {
        ServedRuleset served = started.getApplicationContext().getBean(ServedRuleset.class);
        if (!served.isServing()) {
            long waiting = System.nanoTime();
            served.awaitFirst();
            log.info("Waited {} ms for the ruleset after the rest of the application had started",
                    (System.nanoTime() - waiting) / 1_000_000);
        }
    }
}
