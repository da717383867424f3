package kr.oneteam.app.readiness;

import kr.oneteam.rules.RoutingEngine;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** UP once the routing engine serves an active ruleset; part of the readiness group (application.properties). */
@Component("ruleset")
class RulesetReadiness implements HealthIndicator {

    private final RoutingEngine engine;

    RulesetReadiness(RoutingEngine engine) {
        this.engine = engine;
    }

    @Override
    public Health health() {
        try {
            return engine.isServing() ? Health.up().build() : Health.outOfService().build();
        } catch (RuntimeException notYet) {
            return Health.outOfService().build();
        }
    }
}
