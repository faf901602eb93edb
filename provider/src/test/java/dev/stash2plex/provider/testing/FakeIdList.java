package dev.stash2plex.provider.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The {@code ids} argument of Stash's find queries ({@code handleIDList}, then the store's
 * {@code FindMany}): an empty list counts as no list at all; a duplicate, a non-number or an id
 * that does not exist fails the whole query; the rows come back in the order the ids were given.
 */
final class FakeIdList {

    private FakeIdList() {
    }

    /** True when Stash answers from the ids and ignores the filters. */
    static boolean given(List<String> ids) {
        return ids != null && !ids.isEmpty();
    }

    /**
     * @param noun how Stash names the entity in its "not found" error: scene, performer, studio, tag
     * @param lookup the entity with this id, or null
     */
    static <T> List<T> resolve(List<String> ids, String noun, LongFunction<T> lookup) {
        Set<String> seenTexts = new HashSet<>();
        for (String id : ids) {
            if (!seenTexts.add(id)) {
                throw new FakeResolverError("validating ids: duplicate id found: " + id);
            }
        }
        List<Long> numbers = new ArrayList<>();
        for (String id : ids) {
            try {
                numbers.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw new FakeResolverError("converting ids: strconv.Atoi: parsing \"" + id + "\": invalid syntax");
            }
        }
        // FindMany files each row under the first position of its id, so "5" and "05" leave a hole.
        Set<Long> placed = new HashSet<>();
        List<T> found = new ArrayList<>();
        for (long id : numbers) {
            T row = placed.add(id) ? lookup.apply(id) : null;
            if (row == null) {
                throw new FakeResolverError(noun + " with id " + id + " not found");
            }
            found.add(row);
        }
        return found;
    }
}
