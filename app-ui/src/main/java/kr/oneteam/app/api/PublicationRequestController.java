package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import kr.oneteam.app.workspace.FileDiff;
import kr.oneteam.app.workspace.Publishing;
import kr.oneteam.app.workspace.RequestView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publication requests for scripts (decision record 125), through {@link Publishing} as on the review screen:
 * ANALYST and ADMIN read them and decide — anyone but the author approves (publishes on every instance) or
 * sends back with a comment; the author may withdraw. Deciding on one's own request is 403.
 */
@RestController
@RequestMapping(path = "/api/publication-requests", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicationRequestController {

    private final Publishing publishing;

    PublicationRequestController(Publishing publishing) {
        this.publishing = publishing;
    }

    @GetMapping
    List<RequestView> all() {
        return publishing.requests();
    }

    /** The request and its file-by-file diff against the version active now. */
    @GetMapping("/{id}")
    RequestWithDiff one(@PathVariable long id) {
        return new RequestWithDiff(publishing.requestOf(id), publishing.diffOf(id));
    }

    record RequestWithDiff(RequestView request, List<FileDiff> diff) {
    }

    @PostMapping("/{id}/approve")
    RequestView approve(@PathVariable long id) {
        return publishing.approve(id);
    }

    /** {@code {"comment": …}}, required. */
    @PostMapping(path = "/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    RequestView sendBack(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        JsonBody read = JsonBody.of(body, "comment");
        String comment = read.required("comment");
        read.throwIfInvalid();
        return publishing.sendBack(id, comment);
    }

    @PostMapping("/{id}/withdraw")
    RequestView withdraw(@PathVariable long id) {
        return publishing.withdraw(id);
    }
}
