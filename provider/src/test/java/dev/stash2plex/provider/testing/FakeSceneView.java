package dev.stash2plex.provider.testing;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A {@link FakeScene} as Stash's resolvers present it: maps the GraphQL executor reads field by
 * field, empty texts as {@code ""}, image URLs absolute on the server's own base URL with
 * {@code default=true} when there is no image, and every non-null field Stash always fills.
 */
final class FakeSceneView {

    private final String base;
    private final String apiKey;
    private final FakeEntityView entities;

    /** @param apiKey Stash's configured key or null; only the stream URL carries it, as in Stash */
    FakeSceneView(URI baseUrl, String apiKey, FakeEntities held) {
        String text = baseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.apiKey = apiKey;
        this.entities = new FakeEntityView(base, held);
    }

    /** How this server shows a performer, studio or tag. */
    FakeEntityView entities() {
        return entities;
    }

    Map<String, Object> scene(FakeScene scene) {
        long t = unix(scene.updatedAt());
        Map<String, Object> view = new HashMap<>();
        view.put("id", scene.id());
        view.put("title", text(scene.title()));
        view.put("code", text(scene.code()));
        view.put("details", text(scene.details()));
        view.put("director", text(scene.director()));
        view.put("url", scene.urls().isEmpty() ? "" : scene.urls().getFirst());
        view.put("urls", scene.urls());
        view.put("date", scene.date());
        view.put("rating100", scene.rating100());
        view.put("organized", scene.organized());
        view.put("o_counter", 0);
        view.put("interactive", false);
        view.put("created_at", scene.createdAt());
        view.put("updated_at", scene.updatedAt());
        view.put("resume_time", 0.0);
        view.put("play_duration", 0.0);
        view.put("play_count", 0);
        view.put("studio", scene.studio() == null ? null : entities.studio(scene.studio()));
        view.put("performers", scene.performers().stream().map(entities::performer).toList());
        view.put("tags", scene.tags().stream().map(entities::tag).toList());
        view.put("files", files(scene));
        view.put("paths", paths(scene.id(), t));
        view.put("stash_ids", scene.stashIds().stream().map(id -> Map.<String, Object>of("endpoint", id.endpoint(),
                "stash_id", id.stashId(), "updated_at", scene.updatedAt())).toList());
        view.put("groups", scene.groups().stream().map(g -> sceneGroup("group", g)).toList());
        view.put("movies", scene.groups().stream().map(g -> sceneGroup("movie", g)).toList());
        for (String empty : List.of("play_history", "o_history", "scene_markers", "galleries", "sceneStreams", "captions")) {
            view.put(empty, List.of());
        }
        return view;
    }

    /** Stash's SceneGroup ({@code group}) or its deprecated SceneMovie ({@code movie}); scene_index may be null. */
    private Map<String, Object> sceneGroup(String field, FakeSceneGroup membership) {
        Map<String, Object> view = new HashMap<>();
        view.put(field, group(membership.group()));
        view.put("scene_index", membership.sceneIndex());
        return view;
    }

    /** A group as Stash resolves it: front and back image routes, {@code default=true} without a picture. */
    Map<String, Object> group(FakeGroup group) {
        String route = base + "/group/" + group.id();
        long t = unix(FakeScene.DEFAULT_UPDATED_AT);
        Map<String, Object> view = new HashMap<>();
        view.put("id", group.id());
        view.put("name", group.name());
        view.put("aliases", "");
        view.put("date", group.date());
        view.put("synopsis", text(group.synopsis()));
        view.put("director", "");
        view.put("urls", List.of());
        view.put("tags", List.of());
        view.put("created_at", FakeScene.DEFAULT_CREATED_AT);
        view.put("updated_at", FakeScene.DEFAULT_UPDATED_AT);
        view.put("containing_groups", List.of());
        view.put("sub_groups", List.of());
        view.put("front_image_path", route + "/frontimage?t=" + t + (group.hasFrontImage() ? "" : "&default=true"));
        view.put("back_image_path", null);
        return view;
    }

    private List<Map<String, Object>> files(FakeScene scene) {
        List<FakeFile> files = scene.files();
        return IntStream.range(0, files.size()).mapToObj(index -> {
            FakeFile file = files.get(index);
            String folder = file.path().substring(0, Math.max(0, file.path().length() - file.basename().length() - 1));
            Map<String, Object> view = new HashMap<>();
            view.put("__typename", "VideoFile");
            view.put("id", scene.id() + "0" + index);
            view.put("path", file.path());
            view.put("basename", file.basename());
            view.put("parent_folder_id", "1" + scene.id());
            view.put("parent_folder", Map.of("id", "1" + scene.id(), "path", folder, "mod_time", scene.createdAt(),
                    "created_at", scene.createdAt(), "updated_at", scene.updatedAt()));
            view.put("mod_time", scene.createdAt());
            view.put("size", file.size());
            view.put("duration", file.durationSeconds());
            view.put("fingerprints", List.of(Map.of("type", "oshash", "value", file.oshash())));
            view.put("format", "mp4");
            view.put("width", 1920);
            view.put("height", 1080);
            view.put("video_codec", "h264");
            view.put("audio_codec", "aac");
            view.put("frame_rate", 29.97);
            view.put("bit_rate", 8_000_000);
            view.put("created_at", scene.createdAt());
            view.put("updated_at", scene.updatedAt());
            return view;
        }).toList();
    }

    private Map<String, Object> paths(String sceneId, long t) {
        String scene = base + "/scene/" + sceneId;
        Map<String, Object> paths = new HashMap<>();
        paths.put("screenshot", scene + "/screenshot?t=" + t);
        paths.put("preview", scene + "/preview");
        paths.put("webp", scene + "/webp");
        paths.put("vtt", scene + "/vtt/chapter");
        paths.put("sprite", scene + "_sprite.jpg");
        paths.put("funscript", scene + "/funscript");
        paths.put("interactive_heatmap", scene + "/interactive_heatmap");
        paths.put("caption", scene + "/caption");
        // Like Stash's GetStreamURL, the one URL carrying the key; a client must never log or forward it.
        paths.put("stream", scene + "/stream" + (apiKey == null ? "" : "?apikey=" + apiKey));
        return paths;
    }

    private static String text(String value) {
        return FakeEntityView.text(value);
    }

    private static long unix(String rfc3339) {
        return FakeEntityView.unix(rfc3339);
    }
}
