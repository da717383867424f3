package kr.oneteam.app.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in person or machine: the account's name and roles, plus the security stamp the
 * account had when it signed in. A session whose stamp is no longer the account's is ended (SessionStampFilter).
 */
public class SignedInAccount extends User {

    private final long securityStamp;

    SignedInAccount(String username, String passwordHash, boolean enabled, long securityStamp,
                    Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash == null ? "" : passwordHash, enabled, true, true, true, authorities);
        this.securityStamp = securityStamp;
    }

    public long securityStamp() {
        return securityStamp;
    }

    /** The same account under a newer stamp (after a password change the user's own session carries on). */
    SignedInAccount withStamp(long stamp) {
        return new SignedInAccount(getUsername(), "", isEnabled(), stamp, getAuthorities());
    }

}
