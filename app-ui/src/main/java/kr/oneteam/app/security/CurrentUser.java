package kr.oneteam.app.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in, as far as the UI needs to know: a name for the audit and the roles for what to show. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    public static String require() {
        return username().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    public static boolean hasRole(String role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals);
    }

    /** OFFICER reviews and decides; ADMIN may do everything an officer may. */
    public static boolean canDecide() {
        return hasRole(Roles.OFFICER) || hasRole(Roles.ADMIN);
    }
}
