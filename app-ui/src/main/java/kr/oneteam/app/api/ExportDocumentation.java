package kr.oneteam.app.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import kr.oneteam.app.deadline.DeadlineState;
import kr.oneteam.domain.vocabulary.Category;
import kr.oneteam.domain.vocabulary.Channel;
import kr.oneteam.domain.vocabulary.Eligibility;
import kr.oneteam.domain.vocabulary.ProposalStatus;
import kr.oneteam.domain.vocabulary.Region;
import kr.oneteam.domain.vocabulary.SizeClass;

/**
 * The export's entry in the OpenAPI document: the controller reads its parameters itself (to name every bad one at
 * once), so springdoc cannot see them; they are described here from the same vocabularies, generated, not typed.
 */
final class ExportDocumentation {

    static final String PATH = "/api/proposals/export";
    private static final String PROBLEM = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private ExportDocumentation() {
    }

    static void describe(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().get(PATH) == null || api.getPaths().get(PATH).getGet() == null) {
            return;
        }
        Operation op = api.getPaths().get(PATH).getGet();
        op.summary("The filtered queue as CSV or XLSX (OFFICER, ANALYST, ADMIN)")
                .description("The same file as the queue screen's export: every field as the import reads it, then "
                        + "recommendations and decisions; text starting with = + - @ is escaped with a leading '. "
                        + "At most 10,000 rows (one import); more is 422. A bad parameter is 400 naming it.");
        op.setParameters(List.of(
                query("format", "file format", text(List.of("csv", "xlsx")), true),
                query("status", "status", vocabulary(ProposalStatus.values()), false),
                query("programme", "recommended programme (P01–P99) or BACKLOG", pattern("P\\d{2}|BACKLOG"), false),
                query("eligibility", "with programme: its eligibility", vocabulary(Eligibility.values()), false),
                query("category", "category", vocabulary(Category.values()), false),
                query("size", "size class", vocabulary(SizeClass.values()), false),
                query("region", "region", vocabulary(Region.values()), false),
                query("from", "received on or after (Asia/Seoul)", date(), false),
                query("to", "received on or before (Asia/Seoul)", date(), false),
                query("q", "text in company or title, at most 200 characters", new Schema<String>().types(Set.of("string"))
                        .maxLength(200), false),
                query("overdue", "only with an overdue follow-up", text(List.of("true", "false")), false),
                query("assignee", "assigned to this user; me: the caller", new Schema<String>().types(Set.of("string")), false),
                query("channel", "intake channel", vocabulary(Channel.values()), false),
                query("deadline", "reply-deadline state", vocabulary(DeadlineState.values()), false),
                query("sort", "property.asc or property.desc", pattern(String.join("|", ExportParameters.SORTS)
                        + "(\\.(asc|desc))?"), false)));
        Schema<?> binary = new Schema<>().types(Set.of("string")).format("binary");
        op.setResponses(new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("the file, as an attachment").content(new Content()
                        .addMediaType("text/csv", new MediaType().schema(new Schema<>().types(Set.of("string"))))
                        .addMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                new MediaType().schema(binary))))
                .addApiResponse("400", problem("a bad parameter, named in errors"))
                .addApiResponse("422", problem("more proposals than one export holds: narrow the filter"))
                .addApiResponse("401", problem("no credentials"))
                .addApiResponse("403", problem("not OFFICER, ANALYST or ADMIN")));
    }

    private static Parameter query(String name, String description, Schema<?> schema, boolean required) {
        return new Parameter().in("query").name(name).description(description).required(required).schema(schema);
    }

    private static Schema<?> vocabulary(Enum<?>[] values) {
        return text(Arrays.stream(values).map(Enum::name).toList());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> text(List<String> values) {
        Schema schema = new Schema<String>().types(Set.of("string"));
        schema.setEnum(values);
        return schema;
    }

    private static Schema<?> pattern(String regex) {
        return new Schema<String>().types(Set.of("string")).pattern(regex);
    }

    private static Schema<?> date() {
        return new Schema<String>().types(Set.of("string")).format("date");
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM,
                new MediaType().schema(new Schema<>().types(Set.of("object")))));
    }
}
