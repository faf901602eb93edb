package dev.stash2plex.provider.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** GraphQL calls to a {@link FakeStash} for the fake's own tests: plain HTTP, JSON in and out. */
final class FakeStashCalls implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeStash stash;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    FakeStashCalls(FakeStash stash) {
        this.stash = stash;
    }

    /** The whole answer ({@code data}, {@code errors}); fails unless HTTP 200. */
    JsonNode post(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        return post(null, query, variables);
    }

    JsonNode post(String operationName, String query, Map<String, Object> variables)
            throws IOException, InterruptedException {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        if (operationName != null) {
            body.put("operationName", operationName);
        }
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(stash.baseUrl() + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new AssertionError("HTTP " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    /** {@code data} of an answer that must have no errors. */
    JsonNode data(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        JsonNode answer = post(query, variables);
        if (answer.has("errors")) {
            throw new AssertionError("errors in " + answer);
        }
        return answer.get("data");
    }

    /** The first error's message; fails when there is none. */
    String error(String query, Map<String, Object> variables) throws IOException, InterruptedException {
        JsonNode answer = post(query, variables);
        if (!answer.has("errors")) {
            throw new AssertionError("expected an error, got " + answer);
        }
        return answer.at("/errors/0/message").asText();
    }

    /** The {@code field} of every element of the array at {@code pointer}, e.g. the ids of the scenes found. */
    static List<String> each(JsonNode node, String pointer, String field) {
        List<String> values = new ArrayList<>();
        node.at(pointer).forEach(element -> values.add(element.get(field).asText()));
        return values;
    }

    /** Variables that may hold nulls (Map.of cannot). */
    static Map<String, Object> vars(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    @Override
    public void close() {
        http.close();
    }
}
