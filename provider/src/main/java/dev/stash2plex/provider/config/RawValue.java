package dev.stash2plex.provider.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stash2plex.core.settings.Setting;

/**
 * One setting as a source gave it, before validation.
 *
 * @param text the scalar text, or null when the source gave a structure (a YAML list of path rules)
 * @param node the structured value from YAML, or null when the value came from the environment
 * @param origin where it came from, for error messages ({@code S2P_PROVIDER_PORT}, {@code provider_port in /config/provider.yml})
 */
record RawValue(Setting setting, String text, JsonNode node, String origin) {
}
