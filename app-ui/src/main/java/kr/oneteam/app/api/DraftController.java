package kr.oneteam.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import kr.oneteam.app.workspace.DraftView;
import kr.oneteam.app.workspace.Publishing;
import kr.oneteam.app.workspace.RequestView;
import kr.oneteam.app.workspace.Workspace;
import kr.oneteam.app.workspace.WorkspaceFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The analysts' drafts for scripts (decision record 125): the same {@link Workspace} and {@link Publishing}
 * services as the 규칙 screens, so the same checks, limits, owner rule and audit. ANALYST works on their own
 * drafts; ADMIN reads every draft (list, one, zip). Another analyst's draft is 404, like a missing one.
 */
@RestController
@RequestMapping(path = "/api/drafts", produces = MediaType.APPLICATION_JSON_VALUE)
class DraftController {

    private final Workspace workspace;
    private final Publishing publishing;

    DraftController(Workspace workspace, Publishing publishing) {
        this.workspace = workspace;
        this.publishing = publishing;
    }

    @GetMapping
    List<DraftJson.Summary> list() {
        return workspace.readableDrafts().stream().map(DraftJson.Summary::of).toList();
    }

    /** {@code {"name": …, "fromVersion": id}}, both optional: a draft of the active version, or of that version. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DraftJson.Document> create(@RequestBody(required = false) JsonNode body) {
        JsonBody read = JsonBody.of(body, "name", "fromVersion");
        String name = read.text("name");
        Long from = read.whole("fromVersion");
        read.throwIfInvalid();
        DraftView created = workspace.create(name, from);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(DraftJson.Document.of(created));
    }

    @GetMapping("/{id}")
    DraftJson.Document one(@PathVariable long id) {
        return DraftJson.Document.of(workspace.read(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        workspace.deleteDraft(id);
        return ResponseEntity.noContent().build();
    }

    /**
     * Writes one file (new or replaced): the body is the file itself, UTF-8 with or without BOM, checked exactly
     * as an uploaded file (kind, path, size, encoding with line and column); refused, nothing changes.
     */
    @io.swagger.v3.oas.annotations.Operation(summary = "Write one file of the draft",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The file itself: UTF-8 (with or without BOM), at most 1 MB; a .drl, or a .csv in scenarios/",
                    content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/plain",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"))))
    @PutMapping(path = "/{id}/files", consumes = MediaType.ALL_VALUE)
    DraftJson.Summary putFile(@PathVariable long id, @RequestParam String path, HttpServletRequest request)
            throws IOException {
        if (path.strip().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new DraftApiRefused.Field("path", "workspace.api.zipNotAFile");
        }
        byte[] bytes = readCapped(request.getInputStream(), WorkspaceFiles.MAX_FILE_BYTES * 2);
        return DraftJson.Summary.of(uploaded(workspace.upload(id, path.strip(), bytes)));
    }

    @DeleteMapping("/{id}/files")
    DraftJson.Summary deleteFile(@PathVariable long id, @RequestParam String path) {
        return DraftJson.Summary.of(workspace.delete(id, path));
    }

    /** {@code {"from": path, "to": path}}. */
    @PostMapping(path = "/{id}/files/rename", consumes = MediaType.APPLICATION_JSON_VALUE)
    DraftJson.Summary renameFile(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        JsonBody read = JsonBody.of(body, "from", "to");
        String from = read.required("from");
        String to = read.required("to");
        read.throwIfInvalid();
        return DraftJson.Summary.of(workspace.rename(id, from, to));
    }

    /** A zip of a rules directory, or one DRL or scenario file, as the multipart part {@code file}: all or nothing. */
    @io.swagger.v3.oas.annotations.Operation(summary = "Upload a zip of a rules directory, or one DRL or scenario file",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "multipart part 'file': at most 20 MB unpacked, all or nothing",
                    content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "multipart/form-data",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object",
                                    requiredProperties = {"file"}),
                            schemaProperties = @io.swagger.v3.oas.annotations.media.SchemaProperty(name = "file",
                                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))))
    @PostMapping(path = "/{id}/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    DraftJson.Uploaded upload(@PathVariable long id, HttpServletRequest request) throws IOException {
        Part file;
        try {
            file = request.getPart("file");
        } catch (IllegalStateException | org.springframework.web.multipart.MultipartException
                 | jakarta.servlet.ServletException overLimit) {
            throw new DraftApiRefused.TooLarge(WorkspaceFiles.MAX_UPLOAD_BYTES);
        }
        if (file == null) {
            throw new DraftApiRefused.Field("file", "workspace.api.filePart");
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = readCapped(in, WorkspaceFiles.MAX_UPLOAD_BYTES);
        }
        Workspace.Upload result = workspace.upload(id, file.getSubmittedFileName(), bytes);
        uploaded(result);
        return new DraftJson.Uploaded(DraftJson.Summary.of(result.draft()), result.stored(), result.ignored());
    }

    @GetMapping(path = "/{id}/zip", produces = "application/zip")
    ResponseEntity<byte[]> zip(@PathVariable long id) {
        byte[] zip = workspace.zip(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("draft-" + id + ".zip").build().toString())
                .body(zip);
    }

    /** The whole gate (guard, compiler, rule names, scenarios, catalogue), nothing activated: 200 either way. */
    @PostMapping("/{id}/validate")
    DraftJson.Verdict validate(@PathVariable long id) {
        return DraftJson.Verdict.of(workspace.validate(id));
    }

    /**
     * {@code {"note": …, "effectiveAt": "2027-01-01T09:00:00+09:00"}}: asks another ANALYST or an ADMIN to
     * publish the draft as it is now. A draft that fails validation is 422 and nothing is stored.
     */
    @PostMapping(path = "/{id}/publication-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RequestView> requestPublication(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        JsonBody read = JsonBody.of(body, "note", "effectiveAt");
        String note = read.text("note");
        String effective = read.text("effectiveAt");
        OffsetDateTime effectiveAt = null;
        if (effective != null) {
            try {
                effectiveAt = OffsetDateTime.parse(effective);
            } catch (DateTimeParseException e) {
                read.problem("effectiveAt", "workspace.api.dateTime");
            }
        }
        read.throwIfInvalid();
        RequestView request = publishing.request(id, note, effectiveAt);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/publication-requests/{id}").buildAndExpand(request.id()).toUri()).body(request);
    }

    private static DraftView uploaded(Workspace.Upload result) {
        if (result.refused()) {
            throw new DraftApiRefused.Files(result.problems());
        }
        return result.draft();
    }

    /** At most {@code limit} bytes; one more means too large (a chunked body has no length to refuse by). */
    private static byte[] readCapped(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new DraftApiRefused.TooLarge(limit);
        }
        return bytes;
    }
}
