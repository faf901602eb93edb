package dev.stash2plex.core.stash;

/** The images the provider proxies, each at its own Stash route. */
public enum ImageKind {
    SCENE_SCREENSHOT("scene", "screenshot"),
    PERFORMER("performer", "image"),
    STUDIO("studio", "image"),
    GROUP_FRONT("group", "frontimage");

    private final String entity;
    private final String leaf;

    ImageKind(String entity, String leaf) {
        this.entity = entity;
        this.leaf = leaf;
    }

    /** The path under Stash's base URL, e.g. {@code /scene/12/screenshot}. */
    public String stashPath(String id) {
        return "/" + entity + "/" + id + "/" + leaf;
    }
}
