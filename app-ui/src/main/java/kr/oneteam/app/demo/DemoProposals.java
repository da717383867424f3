package kr.oneteam.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kr.oneteam.app.intake.BatchOutcome;
import kr.oneteam.app.intake.IntakeService;
import kr.oneteam.app.queue.ProposalQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Loads the demo proposals into an empty database on first start, through the same intake path as
 * the API (checked, routed, stored with recommendations). A database with any proposal is left alone,
 * so a restart loads nothing twice.
 */
@Component
class DemoProposals implements ApplicationRunner {

    static final String RESOURCE = "demo/kosa-2025-07-08.json";
    private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);

    private final IntakeService intake;
    private final ProposalQueries proposals;
    private final ObjectMapper json;
    private final boolean enabled;

    DemoProposals(IntakeService intake, ProposalQueries proposals, ObjectMapper json,
                  @Value("${oneteam.demo.proposals:false}") boolean enabled) {
        this.intake = intake;
        this.proposals = proposals;
        this.json = json;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled || proposals.count() > 0) {
            return;
        }
        JsonNode demo;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            demo = json.readTree(in);
        }
        List<BatchOutcome> outcomes = intake.submitBatch(demo, "system");
        long created = outcomes.stream().filter(BatchOutcome::created).count();
        outcomes.stream().filter(o -> !o.created())
                .forEach(o -> log.warn("Demo proposal {} was refused: {}", o.index(), o.problems()));
        log.info("Loaded {} of {} demo proposals into the empty database", created, demo.size());
    }
}
