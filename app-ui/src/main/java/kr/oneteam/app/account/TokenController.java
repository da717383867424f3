package kr.oneteam.app.account;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import kr.oneteam.app.review.ReviewRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tokens over the API, for ADMIN (the filter chain and {@link TokenAdministration} both check the role):
 * {@code GET|POST /api/accounts/{username}/tokens}, {@code DELETE /api/tokens/{id}}. The secret is in the
 * answer to the POST and nowhere else, ever. Refusals are problem+json like the rest of the API.
 */
@RestController
class TokenController {

    static final URI REFUSED = URI.create("urn:oneteam:problem:token-refused");

    /** What an ADMIN sends to issue a token. */
    record TokenRequest(String name, OffsetDateTime expiresAt) {
    }

    /** The answer to issuing: the token as lists show it, plus its secret, this once. */
    record IssuedTokenBody(long id, String username, String name, String prefix, OffsetDateTime createdAt,
                           OffsetDateTime expiresAt, String token) {
    }

    private final TokenAdministration tokens;
    private final MessageSource texts;

    TokenController(TokenAdministration tokens) {
        this.tokens = tokens;
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/security", "i18n/ui");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        this.texts = bundles;
    }

    @GetMapping(path = "/api/accounts/{username}/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TokenAdministration.TokenLine> list(@PathVariable String username) {
        return tokens.tokensOf(username);
    }

    @PostMapping(path = "/api/accounts/{username}/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IssuedTokenBody> issue(@PathVariable String username, @RequestBody TokenRequest request) {
        TokenAdministration.IssuedToken issued = tokens.issue(username, request.name(),
                request.expiresAt() == null ? null : request.expiresAt().toInstant());
        TokenAdministration.TokenLine line = issued.token();
        return ResponseEntity.created(URI.create("/api/accounts/" + username + "/tokens"))
                .body(new IssuedTokenBody(line.id(), line.username(), line.name(), line.prefix(), line.createdAt(),
                        line.expiresAt(), issued.secret()));
    }

    @DeleteMapping(path = "/api/tokens/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    TokenAdministration.TokenLine revoke(@PathVariable long id) {
        return tokens.revoke(id);
    }

    @ExceptionHandler(ReviewRefused.class)
    ResponseEntity<ProblemDetail> refused(ReviewRefused refused) {
        HttpStatus status = refused.messageKey().endsWith(".unknown") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return problem(status, text(refused.messageKey(), refused.arguments()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, text("tokens.name.required") + " / " + text("tokens.expiry.range"));
    }

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return texts.getMessage(key, arguments, key, locale);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(REFUSED);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
