package kr.oneteam.app.ui.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.context.annotation.Import;

/**
 * Views tested without a browser: Karibu runs the real Spring context's Vaadin servlet in-process. Spring
 * Security's filters do not run here, so {@link #signInAs} puts the user where both Spring (method security)
 * and Vaadin's navigation access control look: the security context and the request's principal/roles.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ReviewFixtures.class)
public abstract class KaribuSpringTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected ReviewFixtures fixtures;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("kr.oneteam.app");
    }

    /** Starts a fresh UI for this user, as after signing in. */
    protected void signInAs(String username, String... roles) {
        MockVaadin.tearDown();
        Set<String> roleSet = Arrays.stream(roles).collect(Collectors.toSet());
        var authentication = TestSecurity.signIn(context, username, roles);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinServletRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roleSet.contains(role));
    }

    @AfterEach
    void signOut() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
