package kr.oneteam.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The address of a sign-in plus the channel it came by ("ui"; HTTP Basic keeps Spring's plain details: "basic"). */
final class SignInDetails extends WebAuthenticationDetails {

    private final String channel;

    SignInDetails(HttpServletRequest request, String channel) {
        super(request);
        this.channel = channel;
    }

    static SignInDetails ui(HttpServletRequest request) {
        return new SignInDetails(request, "ui");
    }

    static String channelOf(Authentication attempt) {
        return attempt.getDetails() instanceof SignInDetails details ? details.channel : "basic";
    }
}
