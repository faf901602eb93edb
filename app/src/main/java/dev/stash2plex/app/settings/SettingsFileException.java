package dev.stash2plex.app.settings;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Everything that can go wrong reading or writing the settings files. Turned into user text in one
 * place ({@code messages.UserMessages}); messages here are for logs and never contain a value.
 */
public abstract sealed class SettingsFileException extends Exception {

    private final Path file;

    private SettingsFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** A line of the env file that cannot be read, or read the same way by both Docker Composes. */
    public static final class EnvLine extends SettingsFileException {
        private final int line;
        private final EnvProblem problem;

        public EnvLine(Path file, int line, EnvProblem problem) {
            super(file, file + " line " + line + ": " + problem, null);
            this.line = line;
            this.problem = problem;
        }

        public int line() {
            return line;
        }

        public EnvProblem problem() {
            return problem;
        }
    }

    /** A value the form holds that the env file cannot represent (validation normally stops it first). */
    public static final class Unrepresentable extends SettingsFileException {
        private final String name;
        private final EnvProblem problem;

        public Unrepresentable(Path file, String name, EnvProblem problem) {
            super(file, name + " cannot be written: " + problem, null);
            this.name = name;
            this.problem = problem;
        }

        public String name() {
            return name;
        }

        public EnvProblem problem() {
            return problem;
        }
    }

    /**
     * {@code provider.yml} is not YAML of the expected shape; line and column are 1-based, 0 when unknown.
     * The parser's detail may quote the file, which a user may have put a key in: it is shown to the
     * user but kept out of {@link #getMessage()} and the cause chain, so it never reaches a log.
     */
    public static final class RulesFile extends SettingsFileException {
        private final int line;
        private final int column;
        private final String detail;

        public RulesFile(Path file, int line, int column, String detail) {
            super(file, file + " line " + line + ", column " + column + ": not the expected YAML", null);
            this.line = line;
            this.column = column;
            this.detail = detail;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        public String detail() {
            return detail;
        }
    }

    /** The operating system refused to read or write the file. */
    public static final class Storage extends SettingsFileException {
        public Storage(Path file, IOException cause) {
            super(file, file + ": " + cause, cause);
        }
    }
}
