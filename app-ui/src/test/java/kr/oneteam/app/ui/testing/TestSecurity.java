package kr.oneteam.app.ui.testing;

import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Signs a test in. Several Spring contexts live side by side in one test JVM and each installs its own
 * (Vaadin-aware) SecurityContextHolderStrategy in the static holder; method security reads the one of its
 * own context. So the test first points the static holder back at this context's strategy.
 */
public final class TestSecurity {

    private TestSecurity() {
    }

    public static void use(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    public static Authentication signIn(ApplicationContext context, String username, String... roles) {
        use(context);
        var authorities = java.util.Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        var authentication = new UsernamePasswordAuthenticationToken(username, "n/a", authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    /** Runs {@code work} as this user on the current thread, then restores who was signed in before. */
    public static <T> T runAs(ApplicationContext context, String username, String role, Callable<T> work) throws Exception {
        use(context);
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return work.call();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
