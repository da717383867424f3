package kr.oneteam.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Starts OneTeam Desk: the officers' UI, the intake API and the rules engine in one process. */
@SpringBootApplication
@EntityScan("kr.oneteam.domain")
@EnableJpaRepositories("kr.oneteam.domain")
public class OneTeamDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(OneTeamDeskApplication.class, args);
    }
}
