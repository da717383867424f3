package kr.oneteam.app.readiness;

import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Start-up (issue 8 D7, decision 141): Hibernate builds its EntityManagerFactory on a thread of its own
 * ({@code jpa-bootstrap}) while the start-up thread creates the rest of the context (security, web server, Vaadin);
 * whoever needs the factory before it is built waits for it. Spring Boot would only do this with an
 * {@code applicationTaskExecutor} bean, which this application does not get, so the executor is given here.
 * Flyway has migrated the database before (the factory depends on it), and the application runners (accounts,
 * demo data) and readiness come after the context is refreshed, i.e. after the factory exists.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundJpaBootstrap {

    @Bean
    EntityManagerFactoryBuilderCustomizer jpaBootstrapOnItsOwnThread() {
        return builder -> {
            SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("jpa-bootstrap-");
            executor.setDaemon(true);
            builder.setBootstrapExecutor(executor);
        };
    }
}
