package dev.stash2plex.core.pathrules;

/**
 * The outcome of a rule's optional round-trip self test ({@code test_plex_path} / {@code test_stash_path}).
 *
 * @param outcome  not configured, passed or failed
 * @param detail   human-readable summary; for a failure it names the direction, the expected and the actual path
 * @param expected the path the failing direction should have produced, or null
 * @param actual   what it produced, or null when it produced nothing (or did not fail)
 */
public record SelfTest(Outcome outcome, String detail, String expected, String actual) {

    public enum Outcome { NOT_CONFIGURED, PASSED, FAILED }

    static SelfTest notConfigured() {
        return new SelfTest(Outcome.NOT_CONFIGURED, "not configured", null, null);
    }

    static SelfTest passed(String detail) {
        return new SelfTest(Outcome.PASSED, detail, null, null);
    }

    static SelfTest failed(String direction, String input, String expected, String actual) {
        String got = actual == null ? "nothing (no match)" : "\"" + actual + "\"";
        String detail = direction + " of \"" + input + "\" gave " + got + ", expected \"" + expected + "\"";
        return new SelfTest(Outcome.FAILED, detail, expected, actual);
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
