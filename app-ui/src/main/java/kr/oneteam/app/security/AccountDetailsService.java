package kr.oneteam.app.security;

import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people and machines in against the stored accounts (BCrypt hashes). Shared by the API's HTTP
 * Basic and the officers' UI login.
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
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.getRoles().stream().map(Enum::name).toArray(String[]::new))
                .disabled(!account.isEnabled())
                .build();
    }
}
