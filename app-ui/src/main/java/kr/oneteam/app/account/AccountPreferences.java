package kr.oneteam.app.account;

import java.util.Locale;
import kr.oneteam.app.i18n.UiLocales;
import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.domain.account.UserAccount;
import kr.oneteam.domain.account.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own settings: for now the UI language, remembered on their account. */
@Service
public class AccountPreferences {

    private final UserAccountRepository accounts;

    AccountPreferences(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Korean unless the user chose English; Korean also for nobody signed in (the login page). */
    @Transactional(readOnly = true)
    public Locale preferredLocale() {
        return CurrentUser.username()
                .flatMap(accounts::findByUsername)
                .map(UserAccount::locale)
                .map(UiLocales::supported)
                .orElse(UiLocales.KOREAN);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void chooseLanguage(Locale locale) {
        accounts.findByUsername(CurrentUser.require())
                .ifPresent(account -> account.preferLocale(UiLocales.supported(locale).getLanguage()));
    }
}
