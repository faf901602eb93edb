package dev.stash2plex.provider.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;

/**
 * A Stash of one scene on loopback, for the image build's training run only ({@link AotTraining}):
 * it answers the GraphQL operations the provider sends by their operation name, with the shapes of
 * Stash's schema, so the provider loads the classes of a normal start, index build, match and
 * metadata answer. It needs no network and knows nothing of the provider's own constants.
 */
final class TrainingStash implements AutoCloseable {

    static final String API_KEY = "training-run-key";
    /** The one scene's file, as Stash names it. */
    static final String SCENE_PATH = "/stash/media/Training Studio/Training Scene.mp4";
    static final String SCENE_ID = "1";

    private static final String UPDATED_AT = "2026-01-01T00:00:00Z";
    private static final String SCENE = """
            {"id":"1","title":"Training Scene","code":"T-1","details":"A scene for the image's training run.",
             "director":"","urls":["https://example.invalid/scene/1"],"date":"2026-01-01","rating100":80,
             "updated_at":"%1$s",
             "studio":{"id":"2","name":"Training Studio","image_path":null,"parent_studio":null},
             "performers":[{"id":"3","name":"Training Performer","disambiguation":"","gender":"FEMALE","image_path":null}],
             "tags":[{"id":"4","name":"Training"}],
             "files":[{"path":"%2$s","basename":"Training Scene.mp4","size":"1048576","duration":61.5,
                       "fingerprints":[{"type":"oshash","value":"0123456789abcdef"}]}]}
            """.formatted(UPDATED_AT, SCENE_PATH);

    private final ObjectMapper json = new ObjectMapper();
    private final Javalin server;

    TrainingStash(int port) {
        this.server = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.post("/graphql", this::graphql);
        });
    }

    TrainingStash start() {
        server.start();
        return this;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    private void graphql(Context ctx) throws Exception {
        if (!API_KEY.equals(ctx.header("ApiKey"))) {
            ctx.status(401).result("Unauthorized");
            return;
        }
        JsonNode request = json.readTree(ctx.body());
        JsonNode variables = request.path("variables");
        boolean firstPage = variables.path("page").asInt(1) == 1;
        String data = switch (request.path("operationName").asText()) {
            case "StashProbe" -> "{\"version\":{\"version\":\"v0.28.1\"},\"systemStatus\":{\"status\":\"OK\"}}";
            case "IndexLatestUpdates" -> latestUpdates();
            case "IndexScenes" -> scenes(firstPage ? SCENE : null, 1);
            case "IndexSceneIds" -> scenes(firstPage ? "{\"id\":\"" + SCENE_ID + "\"}" : null, 1);
            case "FindScenesByPath" -> scenes(SCENE_PATH.equals(variables.path("path").asText()) ? SCENE : null, -1);
            case "FindScene" -> "{\"findScene\":" + (SCENE_ID.equals(variables.path("id").asText()) ? SCENE : "null") + "}";
            case "IndexRelatedUpdates" -> "{\"performers\":{\"performers\":[]},\"studios\":{\"studios\":[]},\"tags\":{\"tags\":[]}}";
            default -> scenes(null, 0); // updated scenes, basename, oshash and title searches: none here
        };
        ctx.contentType("application/json").result("{\"data\":" + data + "}");
    }

    private static String latestUpdates() {
        String one = "[{\"updated_at\":\"" + UPDATED_AT + "\"}]";
        return "{\"scenes\":{\"scenes\":" + one + "},\"performers\":{\"performers\":" + one + "},"
                + "\"studios\":{\"studios\":" + one + "},\"tags\":{\"tags\":" + one + "}}";
    }

    /** {@code findScenes} with at most one scene; a negative count leaves the field out. */
    private static String scenes(String scene, int count) {
        return "{\"findScenes\":{" + (count < 0 ? "" : "\"count\":" + count + ",")
                + "\"scenes\":[" + (scene == null ? "" : scene) + "]}}";
    }

    @Override
    public void close() {
        server.stop();
    }
}
