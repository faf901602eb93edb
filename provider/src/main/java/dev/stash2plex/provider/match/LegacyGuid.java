package dev.stash2plex.provider.match;

import dev.stash2plex.core.guid.LegacyAgents;
import dev.stash2plex.core.stash.StashId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guid another Stash agent left on a Plex item, read as what it names: a Stash scene id (the
 * legacy StashPlexAgent and the other Stash providers) or a stash-box id (the legacy ThePornDB
 * agent, whose ids are ThePornDB's). Legacy agents append {@code ?lang=xx}; it is ignored.
 *
 * @param agent who wrote the guid, for the explain endpoint
 * @param sceneId the Stash scene id, or null when the guid names a stash-box id
 * @param stashBoxId the stash-box id, or null when the guid names a Stash scene
 */
record LegacyGuid(String agent, String sceneId, StashId stashBoxId) {

    /** The endpoint Stash stores for ThePornDB's stash-box (the one the PlexSync plugin checks too). */
    static final String THEPORNDB_ENDPOINT = "https://theporndb.net/graphql";

    private static final String ID = "([0-9]{1,18})";
    private static final String QUERY = "(?:\\?.*)?";
    private static final Pattern STASH_PLEX_AGENT = Pattern.compile(Pattern.quote(LegacyAgents.STASH_PLEX_AGENT) + "://" + ID + QUERY);
    private static final Pattern THEPORNDB_SCENES =
            Pattern.compile("com\\.plexapp\\.agents\\.theporndbscenes://([A-Za-z0-9-]{1,64})" + QUERY);
    /** Darklyter's provider: the guid its code writes and the one Plex was seen storing. */
    private static final Pattern DARKLYTER = Pattern.compile(
            "(?:plex://movie/|tv\\.plex\\.agents\\.custom\\.stash://)stash-video-" + ID + QUERY);
    private static final Pattern EDKARLSSON = Pattern.compile("tv\\.plex\\.agents\\.custom\\.stash://movie/" + ID + QUERY);
    private static final Pattern PLEX2STASH =
            Pattern.compile("tv\\.plex\\.agents\\.custom\\.plex2stash\\.[A-Za-z0-9]+://movie\\." + ID + QUERY);

    static Optional<LegacyGuid> parse(String guid) {
        if (guid == null) {
            return Optional.empty();
        }
        String text = guid.strip();
        Matcher m;
        if ((m = STASH_PLEX_AGENT.matcher(text)).matches()) {
            return Optional.of(new LegacyGuid(LegacyAgents.STASH_PLEX_AGENT_NAME, m.group(1), null));
        }
        if ((m = THEPORNDB_SCENES.matcher(text)).matches()) {
            return Optional.of(new LegacyGuid("ThePornDB", null, new StashId(THEPORNDB_ENDPOINT, m.group(1))));
        }
        if ((m = DARKLYTER.matcher(text)).matches()) {
            return Optional.of(new LegacyGuid("Stash-Plex-Metadata-Agent", m.group(1), null));
        }
        if ((m = EDKARLSSON.matcher(text)).matches()) {
            return Optional.of(new LegacyGuid("stash-plex-provider", m.group(1), null));
        }
        if ((m = PLEX2STASH.matcher(text)).matches()) {
            return Optional.of(new LegacyGuid("plex2stash", m.group(1), null));
        }
        return Optional.empty();
    }
}
