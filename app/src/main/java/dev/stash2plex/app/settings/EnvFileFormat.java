package dev.stash2plex.app.settings;

import java.nio.file.Path;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.regex.Pattern;

/**
 * Writes env files that Docker Compose v2 (compose-go's dotenv parser) and Debian's docker-compose
 * 1.29 (python-dotenv 0.21) read back to exactly the same values, with or without
 * {@code --env-file}, and that {@link EnvFileParser} reads back identically too.
 *
 * <p>The format, one {@code NAME=value} per line, UTF-8, {@code \n} line ends:
 * <ul>
 *   <li>empty value: {@code NAME=}</li>
 *   <li>only letters, digits and {@code _ . / : @ + , % [ ] -}: unquoted ({@code S2P_STASH_URL=http://[fd00::5]:9999})</li>
 *   <li>anything else without a single quote: in single quotes, taken literally by both
 *       ({@code S2P_STASH_API_KEY='a b#c $d "e"'})</li>
 *   <li>a single quote but no {@code " \ $}: in double quotes ({@code NAME="it's"})</li>
 * </ul>
 * Refused, because no quoting reads the same in both tools (checked against both with
 * {@code docker-compose config}; see EnvFileComposeIT): line breaks and other control characters
 * except tab; {@code ${} anywhere (1.29 substitutes it even inside single quotes); {@code \\} and a
 * final {@code \} inside quotes (1.29 unescapes them, v2 keeps them); a single quote together with
 * {@code " \ $}.
 */
public final class EnvFileFormat {

    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_./:@+,%\\[\\]-]+");

    private EnvFileFormat() {
    }

    /** The env file text for these variables, in their order. */
    public static String render(Path file, SequencedMap<String, String> variables) throws SettingsFileException {
        StringBuilder text = new StringBuilder();
        for (var variable : variables.entrySet()) {
            String name = variable.getKey();
            if (!EnvFileParser.isValidName(name)) {
                throw new SettingsFileException.Unrepresentable(file, name, EnvProblem.BAD_NAME);
            }
            Optional<EnvProblem> problem = problemWith(variable.getValue());
            if (problem.isPresent()) {
                throw new SettingsFileException.Unrepresentable(file, name, problem.get());
            }
            text.append(name).append('=').append(quoted(variable.getValue())).append('\n');
        }
        return text.toString();
    }

    /** Why this value cannot be stored, if it cannot; the form uses this to flag the field before saving. */
    public static Optional<EnvProblem> problemWith(String value) {
        if (value.isEmpty() || BARE.matcher(value).matches()) {
            return Optional.empty();
        }
        if (value.chars().anyMatch(c -> c != '\t' && Character.isISOControl(c))) {
            return Optional.of(EnvProblem.CONTROL_CHARACTER);
        }
        if (value.contains("${")) {
            return Optional.of(EnvProblem.DOLLAR);
        }
        if (value.indexOf('\'') < 0) {
            return value.contains("\\\\") || value.endsWith("\\")
                    ? Optional.of(EnvProblem.BACKSLASH) : Optional.empty();
        }
        return value.indexOf('"') < 0 && value.indexOf('\\') < 0 && value.indexOf('$') < 0
                ? Optional.empty() : Optional.of(EnvProblem.QUOTES);
    }

    private static String quoted(String value) {
        if (value.isEmpty() || BARE.matcher(value).matches()) {
            return value;
        }
        return value.indexOf('\'') < 0 ? "'" + value + "'" : "\"" + value + "\"";
    }
}
