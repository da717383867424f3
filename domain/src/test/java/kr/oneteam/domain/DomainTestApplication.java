package kr.oneteam.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Test-only Spring Boot configuration: the domain module has no application of its own. */
@SpringBootApplication
public class DomainTestApplication {
}
