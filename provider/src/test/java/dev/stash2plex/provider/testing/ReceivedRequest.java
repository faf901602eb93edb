package dev.stash2plex.provider.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request as {@link FakeStash} received it, recorded on arrival (before auth, latency or
 * faults), so a test can assert what the client sent.
 *
 * @param rawQuery the URL's query string or null
 * @param headers case-insensitive names
 * @param body the raw request body ("" for GET)
 * @param query GraphQL {@code query} text, or null when this was not a GraphQL request
 * @param variables GraphQL variables as JSON-decoded values (a string id stays a String)
 */
public record ReceivedRequest(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> headers,
        String body,
        String operationName,
        String query,
        Map<String, Object> variables) {

    public ReceivedRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
        variables = variables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** The first value of a header (any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    public boolean isGraphql() {
        return query != null;
    }

    /** Everything the client sent except the named header, for "the key appears nowhere else" checks. */
    public String everythingExcept(String headerName) {
        StringBuilder all = new StringBuilder(method).append(' ').append(path).append('?').append(rawQuery).append('\n');
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase(headerName)) {
                all.append(name).append(": ").append(values).append('\n');
            }
        });
        return all.append(body).toString();
    }

    /** Reads what a client sent; a GraphQL body that is not JSON leaves {@code query} null. */
    @SuppressWarnings("unchecked")
    static ReceivedRequest from(HttpExchange exchange, byte[] body, ObjectMapper json) {
        String text = new String(body, StandardCharsets.UTF_8);
        String operationName = null;
        String query = null;
        Map<String, Object> variables = null;
        if (exchange.getRequestURI().getPath().equals("/graphql") && body.length > 0) {
            try {
                JsonNode parsed = json.readTree(body);
                if (parsed != null && parsed.isObject() && parsed.path("query").isTextual()) {
                    query = parsed.get("query").asText();
                    operationName = parsed.path("operationName").isTextual() ? parsed.get("operationName").asText() : null;
                    variables = parsed.path("variables").isObject()
                            ? json.convertValue(parsed.get("variables"), Map.class) : Map.of();
                }
            } catch (IOException e) {
                // Recorded as is: the fake answers such a body with 400, like gqlgen.
            }
        }
        return new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), text, operationName, query, variables);
    }

    /** A URL query parameter, decoded, or null. */
    public String queryParameter(String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
