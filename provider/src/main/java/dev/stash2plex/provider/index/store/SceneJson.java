package dev.stash2plex.provider.index.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stash2plex.core.stash.Scene;

/**
 * A scene as the store keeps it: the whole record as JSON in {@code scenes.body}, so a lookup answers
 * with exactly what Stash sent. Fields this version does not know are skipped, not refused.
 */
final class SceneJson {

    private final ObjectMapper json = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    String body(Scene scene) {
        try {
            return json.writeValueAsString(scene);
        } catch (JsonProcessingException e) {
            throw new StoreException.Failed("scene " + scene.id() + " cannot be written as JSON", e);
        }
    }

    Scene parse(String body) {
        try {
            return json.readValue(body, Scene.class);
        } catch (JsonProcessingException e) {
            throw new StoreException.Unusable("a stored scene is not readable JSON: " + e.getOriginalMessage(), e);
        }
    }
}
