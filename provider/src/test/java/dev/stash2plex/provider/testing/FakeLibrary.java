package dev.stash2plex.provider.testing;

import static dev.stash2plex.provider.testing.FakeLibraryWords.FIRST_NAMES;
import static dev.stash2plex.provider.testing.FakeLibraryWords.LAST_NAMES;
import static dev.stash2plex.provider.testing.FakeLibraryWords.STUDIO_FIRST;
import static dev.stash2plex.provider.testing.FakeLibraryWords.STUDIO_SECOND;
import static dev.stash2plex.provider.testing.FakeLibraryWords.TAG_WORDS;
import static dev.stash2plex.provider.testing.FakeLibraryWords.TITLE_WORDS;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A big, realistic-looking Stash library for benchmarks, the same for the same seed:
 * a few hundred studios (some under a parent network), a few thousand performers, a few hundred
 * tags, popular ones showing up more often; each scene has 1–3 performers, 2–6 tags, a title from
 * a word list (a few titles repeat, a few contain {@code %}), a date (sometimes only a year, or
 * none), a file at {@code /stash/media/<Studio>/<Title> [<id>].mp4} (some with {@code _} for
 * spaces, now and then a second file), distinct sizes and explicit, distinct oshashes. Scene ids
 * rise with a few gaps, as deletions leave them.
 *
 * <pre>{@code
 * List<FakeScene> added = new FakeLibrary(42).addTo(stash, 100_000);
 * }</pre>
 *
 * Scenes of a smaller library are the first scenes of a bigger one with the same seed and shape.
 */
public final class FakeLibrary {

    /** How many entities the scenes pick from. */
    public record Shape(int studios, int performers, int tags) {
        public static final Shape DEFAULT = new Shape(300, 3_000, 300);
    }

    private static final Instant FIRST_CREATED = Instant.parse("2019-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = 6L * 365 * 24 * 3600;
    /** About half an hour between scenes: 100,000 scenes span some five and a half years. */
    private static final int SECONDS_BETWEEN_SCENES = 1_700;
    private static final int NETWORKS = 20;
    private static final long SIZE_STEP = 104_729;

    private final long seed;
    private final Shape shape;

    public FakeLibrary(long seed) {
        this(seed, Shape.DEFAULT);
    }

    public FakeLibrary(long seed, Shape shape) {
        this.seed = seed;
        this.shape = shape;
    }

    /** Generates {@code count} scenes with timestamps in the stash's offset, adds them, and returns them. */
    public List<FakeScene> addTo(FakeStash stash, int count) {
        List<FakeScene> scenes = scenes(count, stash.timestampOffset());
        stash.add(scenes);
        return scenes;
    }

    /** {@code count} scenes by ascending id, timestamps written as a server in {@code offset} writes them. */
    public List<FakeScene> scenes(int count, ZoneOffset offset) {
        SplittableRandom entityRandom = new SplittableRandom(seed);
        List<FakeStudio> studios = studios(entityRandom, offset);
        List<FakePerformer> performers = performers(entityRandom, offset);
        List<FakeTag> tags = tags(entityRandom, offset);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<FakeScene> scenes = new ArrayList<>(count);
        List<String> titles = new ArrayList<>(count);
        long id = 0;
        long fileIndex = 0;
        for (int i = 0; i < count; i++) {
            id += random.nextInt(50) == 0 ? 2 + random.nextInt(5) : 1;
            String title = random.nextInt(33) == 0 && !titles.isEmpty()
                    ? titles.get(random.nextInt(titles.size()))
                    : title(random);
            titles.add(title);
            FakeStudio studio = random.nextInt(30) == 0 ? null : studios.get(popular(random, studios.size()));
            Instant created = FIRST_CREATED.plusSeconds((long) SECONDS_BETWEEN_SCENES * i + random.nextInt(600));
            Instant updated = created.plusSeconds(random.nextInt(2) == 0 ? 0 : random.nextInt(200 * 24 * 3600));
            FakeScene.Builder scene = FakeScene.builder(Long.toString(id)).title(title).date(date(random))
                    .studio(studio)
                    .createdAt(FakeClock.rfc3339(created, offset)).updatedAt(FakeClock.rfc3339(updated, offset));
            pick(random, performers, 1 + random.nextInt(3)).forEach(scene::performer);
            pick(random, tags, 2 + random.nextInt(5)).forEach(scene::tag);
            String folder = "/stash/media/" + (studio == null ? "Unsorted" : studio.name()) + "/";
            String name = random.nextInt(12) == 0 ? title.replace(' ', '_') : title;
            scene.file(file(folder + name + " [" + id + "].mp4", fileIndex++, random));
            if (random.nextInt(50) == 0) {
                scene.file(file(folder + name + " [" + id + "] (alt).mkv", fileIndex++, random));
            }
            if (random.nextInt(10) != 0) {
                scene.withCover();
            }
            scenes.add(scene.build());
        }
        return scenes;
    }

    private FakeFile file(String path, long fileIndex, SplittableRandom random) {
        // Each file owns a disjoint range of sizes, so no two files share a size.
        long size = 50_000_000L + fileIndex * SIZE_STEP + random.nextInt((int) SIZE_STEP);
        return new FakeFile(path, size, 120 + random.nextInt(3_480) + random.nextInt(100) / 100.0, oshash(fileIndex));
    }

    /** Distinct per file: a bijective 64-bit mix (MurmurHash3's finalizer) of a per-seed index. */
    private String oshash(long fileIndex) {
        long h = seed * 0x9E3779B97F4A7C15L + fileIndex;
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        String hex = Long.toHexString(h);
        return "0".repeat(16 - hex.length()) + hex;
    }

    private static String title(SplittableRandom random) {
        StringBuilder title = new StringBuilder(random.nextInt(100) == 0 ? "100% " : "");
        int words = 2 + random.nextInt(3);
        for (int w = 0; w < words; w++) {
            title.append(w == 0 ? "" : " ").append(TITLE_WORDS.get(random.nextInt(TITLE_WORDS.size())));
        }
        return title.toString();
    }

    private static String date(SplittableRandom random) {
        int roll = random.nextInt(100);
        int year = 2012 + random.nextInt(14);
        if (roll < 6) {
            return null;
        }
        if (roll < 10) {
            return Integer.toString(year);
        }
        return String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** Skewed towards low indexes, so a few entities are in many scenes and many in few. */
    private static int popular(SplittableRandom random, int size) {
        double r = random.nextDouble();
        return (int) (size * r * r);
    }

    private static <T> Set<T> pick(SplittableRandom random, List<T> from, int count) {
        Set<T> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(count, from.size())) {
            picked.add(from.get(popular(random, from.size())));
        }
        return picked;
    }

    private List<FakeStudio> studios(SplittableRandom random, ZoneOffset offset) {
        List<FakeStudio> studios = new ArrayList<>(shape.studios());
        for (int i = 0; i < shape.studios(); i++) {
            int pairs = STUDIO_FIRST.size() * STUDIO_SECOND.size();
            String name = STUDIO_FIRST.get(i % STUDIO_FIRST.size()) + " "
                    + STUDIO_SECOND.get((i / STUDIO_FIRST.size()) % STUDIO_SECOND.size())
                    + (i < pairs ? "" : " " + (i / pairs + 1));
            FakeStudio studio = new FakeStudio(Integer.toString(i + 1), name, random.nextInt(5) != 0, null,
                    entityUpdatedAt(random, offset));
            if (i >= NETWORKS && random.nextInt(10) < 3) {
                studio = studio.withParent(studios.get(random.nextInt(NETWORKS)));
            }
            studios.add(studio);
        }
        return studios;
    }

    private List<FakePerformer> performers(SplittableRandom random, ZoneOffset offset) {
        List<FakePerformer> performers = new ArrayList<>(shape.performers());
        int pairs = FIRST_NAMES.size() * LAST_NAMES.size();
        for (int i = 0; i < shape.performers(); i++) {
            String name = FIRST_NAMES.get(i % FIRST_NAMES.size()) + " "
                    + LAST_NAMES.get((i / FIRST_NAMES.size()) % LAST_NAMES.size());
            FakePerformer performer = new FakePerformer(Integer.toString(i + 1), name,
                    i < pairs ? null : "#" + (i / pairs + 1), random.nextInt(4) == 0 ? "MALE" : "FEMALE",
                    random.nextInt(10) < 7, entityUpdatedAt(random, offset));
            performers.add(performer);
        }
        return performers;
    }

    private List<FakeTag> tags(SplittableRandom random, ZoneOffset offset) {
        List<FakeTag> tags = new ArrayList<>(shape.tags());
        int words = TAG_WORDS.size();
        for (int i = 0; i < shape.tags(); i++) {
            String name = i < words ? TAG_WORDS.get(i)
                    : TAG_WORDS.get(i % words) + " " + TAG_WORDS.get((i / words + i % words) % words)
                    + (i < words * words ? "" : " " + (i / (words * words) + 1));
            tags.add(new FakeTag(Integer.toString(i + 1), name, entityUpdatedAt(random, offset)));
        }
        return tags;
    }

    private static String entityUpdatedAt(SplittableRandom random, ZoneOffset offset) {
        return FakeClock.rfc3339(FIRST_CREATED.plusSeconds(random.nextLong(SPAN_SECONDS)), offset);
    }
}
