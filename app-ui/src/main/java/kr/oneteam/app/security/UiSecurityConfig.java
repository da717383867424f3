package kr.oneteam.app.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * The browser UI's security chain: a form login on {@link LoginView}, every view guarded by its
 * {@code @RolesAllowed}. The API's chain ({@code /api/**}, HTTP Basic) is ordered before this one and
 * shares its UserDetailsService. Method security is on so that a service refuses a caller without the
 * role even when a view forgot to hide the button.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class UiSecurityConfig extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class);
    }
}
