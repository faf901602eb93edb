package dev.stash2plex.app.settings.form;

/**
 * A path as a regular expression reads it, that gives up once its deadline passed: every character
 * the matcher looks at checks the clock, so a user's pattern that backtracks without end (say
 * {@code (a+)+$}) throws {@link TooSlow} instead of holding a thread for ever. Java's regex engine
 * cannot be interrupted any other way.
 */
final class DeadlineText implements CharSequence {

    /** The pattern did not finish on this text in time. */
    static final class TooSlow extends RuntimeException {
        TooSlow() {
            super("the pattern took too long on this path", null, false, false);
        }
    }

    private final String text;
    private final long deadlineNanos;

    DeadlineText(String text, long deadlineNanos) {
        this.text = text;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new TooSlow();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineText(text.substring(start, end), deadlineNanos);
    }

    @Override
    public String toString() {
        return text;
    }
}
