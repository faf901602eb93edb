package dev.stash2plex.app.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an env file, including one a user edited by hand, and refuses (naming the line) everything
 * that Docker Compose v2 and docker-compose 1.29 would read differently, so the values the app hands
 * to the container are always the values {@code docker compose --env-file} would use.
 * Accepted: blank lines, {@code #} comments, an {@code export } prefix, CRLF line ends, a UTF-8 BOM,
 * and a {@code # comment} after a value (after a space when the value is unquoted).
 */
public final class EnvFileParser {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern EXPORT = Pattern.compile("^export\\s+");

    private EnvFileParser() {
    }

    static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The entries in file order. */
    public static List<EnvEntry> parse(Path file, String text) throws SettingsFileException.EnvLine {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r?\n", -1);
        List<EnvEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            line = EXPORT.matcher(line).replaceFirst("");
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new SettingsFileException.EnvLine(file, number, EnvProblem.NOT_AN_ASSIGNMENT);
            }
            String name = line.substring(0, equals);
            if (!isValidName(name)) {
                throw new SettingsFileException.EnvLine(file, number, EnvProblem.BAD_NAME);
            }
            if (!seen.add(name)) {
                throw new SettingsFileException.EnvLine(file, number, EnvProblem.DUPLICATE);
            }
            String value = value(file, number, line.substring(equals + 1).stripLeading());
            entries.add(new EnvEntry(name, value, number));
        }
        return List.copyOf(entries);
    }

    private static String value(Path file, int line, String raw) throws SettingsFileException.EnvLine {
        if (raw.startsWith("'") || raw.startsWith("\"")) {
            return quotedValue(file, line, raw);
        }
        int comment = raw.indexOf(" #");
        String value = (comment < 0 ? raw : raw.substring(0, comment)).stripTrailing();
        if (value.indexOf('$') >= 0) {
            throw new SettingsFileException.EnvLine(file, line, EnvProblem.DOLLAR);
        }
        if (value.matches("(?s).*\\s#.*")) {
            throw new SettingsFileException.EnvLine(file, line, EnvProblem.AMBIGUOUS_COMMENT);
        }
        return value;
    }

    private static String quotedValue(Path file, int line, String raw) throws SettingsFileException.EnvLine {
        char quote = raw.charAt(0);
        int close = raw.indexOf(quote, 1);
        if (close < 0) {
            throw new SettingsFileException.EnvLine(file, line, EnvProblem.UNTERMINATED_QUOTE);
        }
        String value = raw.substring(1, close);
        boolean ambiguousBackslash = quote == '"'
                ? value.indexOf('\\') >= 0
                : value.contains("\\\\") || value.endsWith("\\");
        if (ambiguousBackslash) {
            throw new SettingsFileException.EnvLine(file, line, EnvProblem.BACKSLASH);
        }
        if (value.contains("${") || (quote == '"' && value.indexOf('$') >= 0)) {
            throw new SettingsFileException.EnvLine(file, line, EnvProblem.DOLLAR);
        }
        String rest = raw.substring(close + 1).strip();
        if (!rest.isEmpty() && !rest.startsWith("#")) {
            throw new SettingsFileException.EnvLine(file, line, EnvProblem.TEXT_AFTER_QUOTE);
        }
        return value;
    }
}
