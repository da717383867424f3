package kr.oneteam.app.intake;

import com.fasterxml.jackson.core.JsonStreamContext;

import java.util.ArrayDeque;
import java.util.Deque;

/** JSON paths as the API names fields: {@code company.valueChain[1]}; the body itself is {@code $}. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The path of the value a parser stands at (for a duplicated key: that key). */
    static String of(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? "$" : path.startsWith(".") ? path.substring(1) : path;
    }
}
