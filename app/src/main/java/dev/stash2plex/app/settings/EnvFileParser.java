package dev.stash2plex.app.settings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * and a {@code # comment} after a value (after a space when the value is unquoted). Refused with the
 * line's number, never read silently: text that is not UTF-8, and control characters (a file cut
 * short by a crash often ends in NUL bytes; a lone CR would glue lines together).
 */
public final class EnvFileParser {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern EXPORT = Pattern.compile("^export\\s+");

    private EnvFileParser() {
    }

    static boolean isValidName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The entries of the file, which must exist: strictly UTF-8, then {@link #parse}. */
    public static List<EnvEntry> read(Path file) throws SettingsFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SettingsFileException.Storage(file, e);
        }
        return parse(file, decode(file, bytes));
    }

    /**
     * The file's text, strictly UTF-8: a file in another encoding is refused, naming its first line
     * that is not UTF-8, rather than read with replacement characters. (A {@code \n} byte is never
     * part of a longer UTF-8 sequence, so the file can be cut into lines before decoding.)
     */
    public static String decode(Path file, byte[] bytes) throws SettingsFileException.EnvLine {
        try {
            return strictUtf8(bytes, 0, bytes.length);
        } catch (CharacterCodingException e) {
            int line = 1;
            int start = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    try {
                        strictUtf8(bytes, start, i - start);
                    } catch (CharacterCodingException bad) {
                        throw new SettingsFileException.EnvLine(file, line, EnvProblem.NOT_UTF8);
                    }
                    line++;
                    start = i + 1;
                }
            }
            throw new SettingsFileException.EnvLine(file, line - 1, EnvProblem.NOT_UTF8);
        }
    }

    private static String strictUtf8(byte[] bytes, int offset, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, length))
                .toString();
    }

    /**
     * The entries in file order. A control character anywhere (other than a tab, and the CR of a CRLF
     * line end) refuses the file at its line: it is what a file cut short by a crash, or pasted
     * through the wrong tool, holds, and no Compose reads such a line the way it was meant.
     */
    public static List<EnvEntry> parse(Path file, String text) throws SettingsFileException.EnvLine {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\r?\n", -1);
        List<EnvEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            if (lines[i].chars().anyMatch(c -> c != '\t' && Character.isISOControl(c))) {
                throw new SettingsFileException.EnvLine(file, number, EnvProblem.CONTROL_CHARACTER);
            }
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
