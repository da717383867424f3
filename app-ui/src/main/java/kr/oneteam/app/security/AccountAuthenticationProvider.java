package kr.oneteam.app.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Name and password, for the UI's form and the API's HTTP Basic alike, in the cheapest order that is still
 * safe (decision record 072):
 * <ol>
 *   <li>credentials BCrypt accepted in the last minutes, under the account's current stamp: accepted by an
 *       HMAC, not throttled (a real user behind an attacked address keeps working);</li>
 *   <li>account or address throttled: refused with no password check at all;</li>
 *   <li>BCrypt, and the outcome counted by the throttle and written to the (bounded) audit log.</li>
 * </ol>
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final LoginAudit audit;
    private final VerifiedCredentials verified;
    private final AccountStamps stamps;

    AccountAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle,
                                  LoginAudit audit, VerifiedCredentials verified, AccountStamps stamps) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
        this.verified = verified;
        this.stamps = stamps;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = ClientAddress.of(attempt);
        String channel = SignInDetails.channelOf(attempt);

        Optional<Authentication> known = alreadyVerified(username, password, attempt);
        if (known.isPresent()) {
            return known.get();
        }
        LoginThrottle.Verdict verdict = throttle.check(username, address);
        if (!verdict.allowed()) {
            audit.failed(username, address, channel, "throttled");
            throw new LoginThrottledException(verdict);
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (AuthenticationException refused) {
            throttle.failed(username, address);
            audit.failed(username, address, channel, refused instanceof DisabledException ? "disabled" : "bad credentials");
            throw refused;
        }
        throttle.succeeded(username);
        audit.succeeded(username, address, channel);
        if (result.getPrincipal() instanceof SignedInAccount account) {
            verified.remember(username, password, account.securityStamp());
        }
        return result;
    }

    private Optional<Authentication> alreadyVerified(String username, String password, Authentication attempt) {
        Optional<Long> stampThen = verified.stampOf(username, password);
        if (stampThen.isEmpty()) {
            return Optional.empty();
        }
        Optional<AccountStamps.Stamp> now = stamps.current(username);
        if (now.isEmpty() || !now.get().enabled() || now.get().stamp() != stampThen.get()) {
            verified.forget(username, password);
            return Optional.empty();
        }
        SignedInAccount principal = principal(now.get());
        UsernamePasswordAuthenticationToken result =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        result.setDetails(attempt.getDetails());
        return Optional.of(result);
    }

    static SignedInAccount principal(AccountStamps.Stamp stamp) {
        return new SignedInAccount(stamp.username(), "", stamp.enabled(), stamp.stamp(),
                stamp.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
