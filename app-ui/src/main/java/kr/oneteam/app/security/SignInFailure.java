package kr.oneteam.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page after a failed sign-in: {@code ?error}, or {@code ?throttled=N} with the seconds to
 * wait when the account or address is braked (the page then says so instead of "wrong password").
 */
final class SignInFailure implements AuthenticationFailureHandler {

    private final String loginPath;

    SignInFailure(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String query = exception instanceof LoginThrottledException throttled
                ? "?throttled=" + throttled.retryAfterSeconds() : "?error";
        response.sendRedirect(request.getContextPath() + loginPath + query);
    }
}
