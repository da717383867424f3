package kr.oneteam.app.security;

import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an account for signing in (BCrypt hash, roles, enabled, security stamp). Used by
 * {@link AccountAuthenticationProvider}, which both the API's HTTP Basic and the UI's login go through.
 */
@Service
public class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    public AccountDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        return principal(account);
    }

    static SignedInAccount principal(UserAccount account) {
        return new SignedInAccount(account.getUsername(), account.getPasswordHash(), account.isEnabled(),
                account.getSecurityStamp(),
                account.getRoles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
    }
}
