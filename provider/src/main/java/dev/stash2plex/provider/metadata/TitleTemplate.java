package dev.stash2plex.provider.metadata;

import dev.stash2plex.core.stash.Performer;
import dev.stash2plex.core.stash.Scene;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The title of a scene that has none in Stash, from {@code S2P_TITLE_TEMPLATE}: text with
 * placeholders such as {@code {studio} - {date} - {performers}}. A placeholder with no value is left
 * out with the separator before it; when nothing is left, the file name is the title, as in Stash's UI.
 */
public final class TitleTemplate {

    public static final String BASENAME = "{basename}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    static final List<String> NAMES = List.of("basename", "id", "studio", "date", "code", "performers");

    private TitleTemplate() {
    }

    /** What is wrong with a template, or empty when every placeholder is known. */
    public static List<String> problems(String template) {
        List<String> problems = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!NAMES.contains(m.group(1))) {
                problems.add("{" + m.group(1) + "} is not a placeholder (use " + NAMES.stream().map(n -> "{" + n + "}")
                        .collect(Collectors.joining(", ")) + ")");
            }
        }
        return problems;
    }

    /** Stash's title when it has one, otherwise the template filled in. */
    public static String title(Scene scene, String template) {
        if (scene.title() != null && !scene.title().isBlank()) {
            return scene.title().strip();
        }
        String fileTitle = SceneTitles.displayTitle(null, scene.files());
        Map<String, String> values = Map.of(
                "basename", fileTitle,
                "id", scene.id(),
                "studio", scene.studio() == null ? "" : scene.studio().name(),
                "date", scene.date() == null ? "" : scene.date(),
                "code", scene.code() == null ? "" : scene.code(),
                "performers", scene.performers().stream().map(Performer::name).collect(Collectors.joining(", ")));
        String filled = fill(template, values);
        return filled.isBlank() ? fileTitle : filled;
    }

    /**
     * Each placeholder replaced. The text before a placeholder is its separator and the text after the
     * last one its closing: both are left out with an empty placeholder.
     */
    private static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        boolean lastFilled = false;
        while (m.find()) {
            String literal = template.substring(last, m.start());
            String value = values.getOrDefault(m.group(1), "");
            lastFilled = !value.isBlank();
            if (lastFilled) {
                out.append(out.isEmpty() ? literal.stripLeading() : literal).append(value);
            }
            last = m.end();
        }
        if (last == 0) {
            return template.strip();   // no placeholder at all: a fixed title
        }
        if (lastFilled) {
            out.append(template.substring(last));
        }
        return out.toString().strip();
    }
}
