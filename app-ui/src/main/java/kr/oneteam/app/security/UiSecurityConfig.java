package kr.oneteam.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The browser UI's security chain: a form login on {@link LoginView}, every view guarded by its
 * {@code @RolesAllowed}. The API's chain ({@code /api/**}) is ordered before this one and signs in through the
 * same {@link AccountAuthenticationProvider}. Method security is on so that a service refuses a caller without
 * the role even when a view forgot to hide the button. On top of Vaadin's defaults:
 * <ul>
 *   <li>while the application starts, the login POST answers 503 ({@link NotReadyYetFilter});</li>
 *   <li>the login POST needs its CSRF token ({@link LoginCsrfCheck});</li>
 *   <li>a throttled or failed sign-in goes back to the login page with the reason ({@link SignInFailure});</li>
 *   <li>a session ends as soon as its account is disabled or changed ({@link SessionStampFilter});</li>
 *   <li>redirects are relative, so a spoofed {@code Host} header is never echoed into {@code Location};</li>
 *   <li>CSP, Referrer-Policy and Permissions-Policy ({@link SecurityHeaders}).</li>
 * </ul>
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class UiSecurityConfig extends VaadinWebSecurity {

    static final String LOGIN_PATH = "/login";

    private final AccountStamps stamps;
    private final ApplicationAvailability availability;
    private final ProblemResponses problems;

    UiSecurityConfig(AccountStamps stamps, ApplicationAvailability availability, ObjectMapper json,
                     MessageSource messages, LocaleResolver locales) {
        this.stamps = stamps;
        this.availability = availability;
        this.problems = new ProblemResponses(json, messages, locales);
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class);
        http.formLogin(form -> form
                .authenticationDetailsSource(SignInDetails::ui)
                .failureHandler(new SignInFailure(LOGIN_PATH)));
        relativeRedirects(http);
        // first: while starting, the login POST is answered 503 before its CSRF token or password is looked at
        http.addFilterBefore(new NotReadyYetFilter(availability, problems, LOGIN_PATH),
                UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new LoginCsrfCheck(LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new SessionStampFilter(stamps), BasicAuthenticationFilter.class);
        SecurityHeaders.apply(http, SecurityHeaders.UI_POLICY);
    }

    /**
     * Spring builds the login redirect and the saved-request redirect from the request's Host header; a
     * spoofed Host would come back in {@code Location}. Relative URIs carry no host at all.
     */
    private static void relativeRedirects(HttpSecurity http) throws Exception {
        LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint(LOGIN_PATH);
        toLogin.setFavorRelativeUris(true);
        http.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(toLogin, AnyRequestMatcher.INSTANCE));
        VaadinSavedRequestAwareAuthenticationSuccessHandler success =
                http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
        if (success != null) {
            success.setRedirectStrategy(new RelativeRedirects());
        }
    }
}
