package dev.stash2plex.app.plex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls of PMS's admin API that registering a provider needs, each returning our own records.
 * Opened per operation ({@link PlexRegistration} does), closed after it. Blocks: never on the FX thread.
 *
 * <p>Error answers from PMS are short HTML pages whatever {@code Accept} says, so only the status is
 * read from them.
 */
final class PlexClient implements AutoCloseable {

    static final String PROVIDERS = "/media/providers/metadata";
    static final String AGENTS = PROVIDERS + "/group";
    static final String SECTIONS = "/library/sections";

    private final PlexHttp http;
    private final PlexTimeouts timeouts;

    PlexClient(PlexTarget target, PlexTimeouts timeouts) {
        this.http = new PlexHttp(target, timeouts.connect());
        this.timeouts = timeouts;
    }

    /** {@code GET /identity} (no token needed) then {@code GET /} (token checked; has the friendly name). */
    PlexServer server() throws PlexException {
        JsonNode identity = container(http.anonymous("GET", "/identity", timeouts.call()), "GET /identity");
        String versionText = identity.path("version").asText("");
        if (versionText.isEmpty()) {
            // Something answered JSON on the Plex port, but it is not PMS.
            throw new PlexException.Rejected("GET /identity: no version in the answer");
        }
        JsonNode root = container(http.authorized("GET", "/", timeouts.call()), "GET /");
        PlexVersion version = PlexVersion.parse(root.path("version").asText(versionText))
                .or(() -> PlexVersion.parse(versionText))
                .orElseThrow(() -> new PlexException.Rejected("Plex reports a version that is not one: " + versionText));
        return new PlexServer(root.path("friendlyName").asText(""), version, identity.path("machineIdentifier").asText(""));
    }

    /** {@code GET /media/providers/metadata}; a 404 means the server has no provider API at all. */
    List<RegisteredProvider> providers(String version) throws PlexException {
        PlexHttp.Answer answer = http.authorized("GET", PROVIDERS, timeouts.call());
        if (answer.status() == 404) {
            throw new PlexException.TooOld(version);
        }
        return providersIn(container(answer, "GET " + PROVIDERS));
    }

    /**
     * {@code POST /media/providers/metadata?uri=…}: PMS fetches the manifest from {@code uri} itself.
     *
     * @return false when Plex already has a provider with our identifier (409)
     */
    boolean add(String uri) throws PlexException {
        PlexHttp.Answer answer = providerCall("POST", PROVIDERS + "?" + PlexHttp.query("uri", uri), uri);
        return answer.status() != 409;
    }

    /** {@code PUT /media/providers/metadata/{id}?uri=…}: a new address; PMS re-reads the manifest. */
    void update(String id, String uri) throws PlexException {
        PlexHttp.Answer answer = providerCall("PUT", PROVIDERS + "/" + PlexHttp.encode(id) + "?"
                + PlexHttp.query("uri", uri), uri);
        if (answer.status() == 409) {
            throw new PlexException.Rejected("PUT " + PROVIDERS + "/" + id + " answered 409");
        }
    }

    /** {@code GET /media/providers/metadata/group}. */
    List<PlexAgent> agents() throws PlexException {
        PlexHttp.Answer answer = http.authorized("GET", AGENTS, timeouts.call());
        expectOk(answer, "GET " + AGENTS);
        List<PlexAgent> agents = new ArrayList<>();
        for (JsonNode group : container(answer, "GET " + AGENTS).path("MetadataAgentProviderGroup")) {
            agents.add(new PlexAgent(group.path("id").asText(""), group.path("title").asText(""),
                    group.path("primaryIdentifier").asText("")));
        }
        return agents;
    }

    /** {@code POST /media/providers/metadata/group?title=…&primaryIdentifier=…}. */
    void createAgent(String title, String primaryIdentifier) throws PlexException {
        String call = AGENTS + "?" + PlexHttp.query("title", title) + "&" + PlexHttp.query("primaryIdentifier", primaryIdentifier);
        expectOk(http.authorized("POST", call, timeouts.call()), "POST " + AGENTS);
    }

    /** {@code GET /library/sections}: every library, as {@code MediaContainer.Directory[]}. */
    List<PlexLibrary> libraries() throws PlexException {
        List<PlexLibrary> libraries = new ArrayList<>();
        for (JsonNode section : container(http.authorized("GET", SECTIONS, timeouts.call()), "GET " + SECTIONS).path("Directory")) {
            libraries.add(new PlexLibrary(section.path("key").asText(""), section.path("title").asText(""),
                    section.path("type").asText(""), section.path("agent").asText("")));
        }
        return libraries;
    }

    /**
     * {@code PUT /library/sections/{id}?agent=…&metadataAgentProviderGroupId=…} (PMS API 1.1.1). PMS is
     * reported to need {@code agent} with the group; which value it wants for a custom agent is not
     * documented: we send our provider's identifier, as one client does (UNVERIFIED on a live PMS).
     */
    void assignAgent(String sectionKey, String agentId, String providerIdentifier) throws PlexException {
        String call = SECTIONS + "/" + PlexHttp.encode(sectionKey) + "?" + PlexHttp.query("agent", providerIdentifier)
                + "&" + PlexHttp.query("metadataAgentProviderGroupId", agentId);
        expectOk(http.authorized("PUT", call, timeouts.call()), "PUT " + SECTIONS + "/" + sectionKey);
    }

    /** {@code POST /library/sections/{id}/refresh?force=1}: a new agent otherwise only applies to items added later (reported). */
    void refreshAll(String sectionKey) throws PlexException {
        String call = SECTIONS + "/" + PlexHttp.encode(sectionKey) + "/refresh?force=1";
        expectOk(http.authorized("POST", call, timeouts.call()), "POST " + SECTIONS + "/" + sectionKey + "/refresh");
    }

    /**
     * A call that makes PMS fetch {@code uri}. PMS answers 400 when that fails or the answer is no
     * MediaProvider (its API documents 400 for this call); a 5xx or running out of time here is PMS
     * still waiting on an address it cannot route to. All of it is "Plex cannot reach the provider".
     */
    private PlexHttp.Answer providerCall(String method, String pathAndQuery, String uri) throws PlexException {
        PlexHttp.Answer answer;
        try {
            answer = http.authorized(method, pathAndQuery, timeouts.register());
        } catch (PlexException.Unreachable e) {
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                throw new PlexException.ProviderUnreachable(uri, "no answer from Plex while it tried the provider");
            }
            throw e;
        }
        if (answer.status() == 400 || answer.status() >= 500) {
            throw new PlexException.ProviderUnreachable(uri, "HTTP " + answer.status() + " " + answer.shortBody());
        }
        if (answer.status() != 409) {
            expectOk(answer, method + " " + PROVIDERS);
        }
        return answer;
    }

    private static List<RegisteredProvider> providersIn(JsonNode container) {
        List<RegisteredProvider> providers = new ArrayList<>();
        for (JsonNode provider : container.path("MetadataAgentProvider")) {
            providers.add(new RegisteredProvider(provider.path("id").asText(""), provider.path("identifier").asText(""),
                    provider.path("title").asText(""), provider.path("uri").asText("")));
        }
        return providers;
    }

    private static JsonNode container(PlexHttp.Answer answer, String what) throws PlexException {
        expectOk(answer, what);
        JsonNode container = answer.json(what).path("MediaContainer");
        if (!container.isObject()) {
            throw new PlexException.Rejected(what + ": no MediaContainer in the answer");
        }
        return container;
    }

    private static void expectOk(PlexHttp.Answer answer, String what) throws PlexException {
        if (!answer.ok()) {
            throw new PlexException.Rejected(what + " answered HTTP " + answer.status() + " " + answer.shortBody());
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
