package dev.stash2plex.core.stash;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one GraphQL operation and returns its {@code data}, or throws what gqlgen's answer means:
 * 422 or any {@code errors[]} (even on a 200 with partial data) is a rejected query; anything
 * that is not the promised JSON is a bad answer.
 */
final class GraphqlTransport {

    private static final Logger LOG = LoggerFactory.getLogger(GraphqlTransport.class);
    private static final int MAX_ERROR_TEXT = 300;
    /**
     * The most a lookup, search or probe answer may be: those ask for at most 100 scenes, a few hundred
     * KiB even with long details. Past it the transfer is dropped (see {@link CappedBody}).
     */
    static final long MAX_ANSWER_BYTES = 8L * 1024 * 1024;
    /**
     * The most an index page (500 whole scenes, two in flight at most) may be. A page of 500 heavy fake
     * scenes — 2 kB of details, 10 performers, 30 tags, 2 files each — is about 2.8 MB; this is ten times
     * that (checked by {@code HttpStashClientBoundsTest}).
     */
    static final long MAX_CATALOG_ANSWER_BYTES = 32L * 1024 * 1024;

    private final StashHttp http;
    private final ObjectMapper json;

    GraphqlTransport(StashHttp http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    JsonNode query(StashQuery query, Map<String, Object> variables) throws StashException {
        return query(query, variables, MAX_ANSWER_BYTES);
    }

    /** For the index's catalog reads, whose pages are large. */
    JsonNode catalogQuery(StashQuery query, Map<String, Object> variables) throws StashException {
        return query(query, variables, MAX_CATALOG_ANSWER_BYTES);
    }

    private JsonNode query(StashQuery query, Map<String, Object> variables, long maxBytes) throws StashException {
        HttpRequest request = http.request("/graphql")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(query, variables)))
                .build();
        long started = System.nanoTime();
        StashHttp.Exchange<byte[]> exchange = http.send(request, CappedBody.handler(maxBytes));
        exchange.slot().close();
        HttpResponse<byte[]> response = exchange.response();
        LOG.debug("Stash at {} answered {} with HTTP {} in {} ms", http.host(), query.operationName(),
                response.statusCode(), (System.nanoTime() - started) / 1_000_000);
        return data(query, response);
    }

    private byte[] body(StashQuery query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("operationName", query.operationName());
        body.put("query", query.text());
        body.put("variables", variables);
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("variables of " + query.operationName() + " are not JSON", e);
        }
    }

    private JsonNode data(StashQuery query, HttpResponse<byte[]> response) throws StashException {
        http.rejectUnauthorized(response);
        int status = response.statusCode();
        String asked = "Stash at " + http.host() + " ";
        JsonNode answer = parse(response.body());
        String errors = errorMessages(answer);
        if (status == 422) {
            throw new StashException.QueryRejected(asked + "rejected " + query.operationName() + ": "
                    + (errors == null ? "HTTP 422" : errors));
        }
        if (status / 100 != 2) {
            throw new StashException.BadAnswer(asked + "answered " + query.operationName() + " with HTTP " + status
                    + (errors == null ? "" : ": " + errors), null);
        }
        if (answer == null || !answer.isObject()) {
            throw new StashException.BadAnswer(asked + "answered " + query.operationName()
                    + " with something that is not a GraphQL JSON answer", null);
        }
        if (errors != null) {
            throw new StashException.QueryRejected(asked + "reported errors for " + query.operationName() + ": " + errors);
        }
        JsonNode data = answer.get("data");
        if (data == null || !data.isObject()) {
            throw new StashException.BadAnswer(asked + "answered " + query.operationName() + " without data", null);
        }
        return data;
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /** The joined {@code errors[].message}, or null when there are none. */
    private String errorMessages(JsonNode answer) {
        if (answer == null || !answer.isObject()) {
            return null;
        }
        JsonNode errors = answer.get("errors");
        if (errors == null || errors.isNull() || (errors.isArray() && errors.isEmpty())) {
            return null;
        }
        StringJoiner joined = new StringJoiner("; ");
        for (JsonNode error : errors.isArray() ? errors : json.createArrayNode().add(errors)) {
            JsonNode message = error.get("message");
            // Redacted before it is cut short: a key cut in half would no longer be recognised.
            String text = http.redact(message != null && message.isTextual() ? message.asText() : error.toString());
            joined.add(text.length() > MAX_ERROR_TEXT ? text.substring(0, MAX_ERROR_TEXT) + "…" : text);
        }
        return joined.toString();
    }
}
