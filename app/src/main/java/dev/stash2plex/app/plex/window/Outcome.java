package dev.stash2plex.app.plex.window;

/** A line of result text and how it reads: the view colours it, tests read both. */
public record Outcome(String text, Tone tone) {

    public static final Outcome NONE = new Outcome("", Tone.INFO);

    /** INFO is "under way": the view shows a spinner beside it. A finished step says SUCCESS, WARNING or ERROR. */
    public enum Tone {
        INFO,
        SUCCESS,
        WARNING,
        ERROR
    }
}
