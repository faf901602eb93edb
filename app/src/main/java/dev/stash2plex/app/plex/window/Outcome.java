package dev.stash2plex.app.plex.window;

/** A line of result text and how it reads: the view colours it, tests read both. */
public record Outcome(String text, Tone tone) {

    public static final Outcome NONE = new Outcome("", Tone.INFO);

    public enum Tone {
        INFO,
        SUCCESS,
        WARNING,
        ERROR
    }
}
