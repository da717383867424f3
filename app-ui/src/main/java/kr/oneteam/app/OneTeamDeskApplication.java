package kr.oneteam.app;

import kr.oneteam.rules.check.RulesCheckCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.repository.config.BootstrapMode;

import java.io.PrintStream;
import java.util.Arrays;

/** Starts OneTeam Desk: the officers' UI, the intake API and the rules engine in one process. */
@SpringBootApplication
@EntityScan("kr.oneteam.domain")
// LAZY (decision 143): a repository is injected as a proxy and built — its queries parsed and validated — on its
// first call, so the security filter chain that Tomcat's start builds on `main` neither waits for Hibernate's factory
// (built on its own thread, decision 141) nor parses the queries of repositories that a start never calls.
@EnableJpaRepositories(basePackages = "kr.oneteam.domain", bootstrapMode = BootstrapMode.LAZY)
public class OneTeamDeskApplication {

    /** {@code java -jar app-ui.jar rules check --dir ./rules-dir} checks a ruleset without starting Spring. */
    public static void main(String[] args) {
        if (isRulesCheck(args)) {
            System.exit(rulesCheck(args, System.out));
        }
        SpringApplication.run(OneTeamDeskApplication.class, args);
    }

    static boolean isRulesCheck(String[] args) {
        return args.length >= 2 && "rules".equals(args[0]) && "check".equals(args[1]);
    }

    /** Runs the rules module's check on the arguments after {@code rules check}; returns its exit code. */
    static int rulesCheck(String[] args, PrintStream out) {
        return RulesCheckCommand.run(Arrays.copyOfRange(args, 2, args.length), out);
    }
}
