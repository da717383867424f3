package kr.oneteam.app.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads request bodies as INTAKE.md defines well-formed: exactly one JSON value and nothing after it, no key
 * twice in an object, numbers kept exact (so {@code 1e400} is a number too large for its field, never an
 * infinity that fails later). Control characters and lone surrogates inside strings are the reader's
 * business ({@link ProposalReader}), because they are reported on the field that holds them.
 * A batch is read item by item from the stream, so that a large array never exists as one tree.
 */
public final class StrictJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64).maxNumberLength(100).maxStringLength(10_000_000).build())
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private StrictJson() {
    }

    /** The one JSON value of the body. */
    public static JsonNode readOne(InputStream body) {
        try (JsonParser parser = MAPPER.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw empty();
            }
            JsonNode value = MAPPER.readTree(parser);
            refuseTrailing(parser);
            return value;
        } catch (JsonProcessingException malformed) {
            throw malformed(malformed);
        } catch (IOException unreadable) {
            throw unreadable(unreadable);
        }
    }

    /**
     * A body that is one proposal or an array of them: {@code item} is called for each item of an array (with
     * its index), or once with index -1 for a single object. At most {@code max} items are read.
     */
    public static void readOneOrMany(InputStream body, int max, boolean arrayRequired, ItemConsumer item) {
        try (JsonParser parser = MAPPER.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw empty();
            }
            if (first != JsonToken.START_ARRAY) {
                if (arrayRequired) {
                    throw new InvalidProposalException(List.of(FieldProblem.of("$", "intake.batch.notArray")));
                }
                JsonNode value = MAPPER.readTree(parser);
                refuseTrailing(parser);
                item.accept(-1, value);
                return;
            }
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (index == max) {
                    throw new InvalidProposalException(List.of(FieldProblem.of("$", "intake.batch.tooLarge", max)));
                }
                item.accept(index++, MAPPER.readTree(parser));
            }
            refuseTrailing(parser);
        } catch (JsonProcessingException malformed) {
            throw malformed(malformed);
        } catch (IOException unreadable) {
            throw unreadable(unreadable);
        }
    }

    @FunctionalInterface
    public interface ItemConsumer {
        void accept(int index, JsonNode item);
    }

    private static void refuseTrailing(JsonParser parser) throws IOException {
        if (parser.nextToken() != null) {
            throw new InvalidProposalException(List.of(FieldProblem.of("$", "intake.trailing",
                    parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr())));
        }
    }

    private static InvalidProposalException empty() {
        return new InvalidProposalException(List.of(FieldProblem.of("$", "intake.emptyBody")));
    }

    /** Names where the JSON broke (line, column; the duplicated key by its path), never a Java class. */
    private static InvalidProposalException malformed(JsonProcessingException e) {
        String where = "$";
        if (e instanceof JsonParseException parse && parse.getProcessor() != null
                && parse.getOriginalMessage() != null && parse.getOriginalMessage().startsWith("Duplicate field")) {
            where = JsonPaths.of(parse.getProcessor().getParsingContext());
            return new InvalidProposalException(List.of(FieldProblem.of(where, "intake.duplicateKey")));
        }
        var location = e.getLocation();
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        if (message.contains("`") || message.contains("java.") || message.contains("com.fasterxml")) {
            message = "";   // databind's wording names Java types: the position says enough
        }
        return new InvalidProposalException(List.of(FieldProblem.of(where, "intake.malformed",
                location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(),
                message)));
    }

    private static RuntimeException unreadable(IOException e) {
        if (e instanceof BodyLimit.TooLarge tooLarge) {
            return new BodyTooLargeException(tooLarge.limit());
        }
        return new InvalidProposalException(List.of(FieldProblem.of("$", "intake.malformed", 0, 0,
                "the body could not be read")));
    }
}
