package dev.stash2plex.provider.testing;

/** Stash's ids are integers in its database; the fake sorts and looks them up as such. */
final class FakeEntityIds {

    private FakeEntityIds() {
    }

    static void require(String entity, String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException("Stash " + entity + " ids are integers: " + id);
        }
    }
}
