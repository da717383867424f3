package kr.oneteam.app;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The whole app started by hand (own database URL, profile, restarts), for tests that cannot use the
 * cached test context. Vaadin's security installs its own SecurityContextHolder strategy, a JVM-wide
 * static with its own ThreadLocal: closing restores the previous one, or later tests in the same JVM
 * would put their user where the cached context's method security no longer looks.
 */
public final class StandaloneApp implements AutoCloseable {

    private final SecurityContextHolderStrategy previous;
    private final ConfigurableApplicationContext context;

    private StandaloneApp(SecurityContextHolderStrategy previous, ConfigurableApplicationContext context) {
        this.previous = previous;
        this.context = context;
    }

    public static StandaloneApp start(String profile, String... args) {
        SecurityContextHolderStrategy previous = SecurityContextHolder.getContextHolderStrategy();
        try {
            SpringApplicationBuilder builder = new SpringApplicationBuilder(OneTeamDeskApplication.class);
            if (profile != null) {
                builder.profiles(profile);
            }
            return new StandaloneApp(previous, builder.run(args));
        } catch (RuntimeException failedToStart) {
            SecurityContextHolder.setContextHolderStrategy(previous);
            throw failedToStart;
        }
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Api api() {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(previous);
        }
    }
}
