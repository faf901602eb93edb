package dev.stash2plex.app.docker;

/**
 * How far an image build is, as the builder reports it: its latest line, the Dockerfile step it is
 * on, and while it downloads a base image, the bytes of the layers so far (Docker reports them per
 * layer; these are the sums over the layers it has announced).
 *
 * @param step the current step (1-based), 0 before the first
 * @param steps the Dockerfile's steps for this target, 0 while unknown
 * @param bytesDone downloaded bytes of the base image's layers, 0 when nothing is downloading
 * @param bytesTotal their announced size, 0 while unknown
 */
public record ImageProgress(String line, int step, int steps, long bytesDone, long bytesTotal) {

    /** Just a line: no step or download known. */
    public static ImageProgress line(String line) {
        return new ImageProgress(line, 0, 0, 0, 0);
    }

    public boolean downloading() {
        return bytesTotal > 0;
    }

    public boolean stepKnown() {
        return step > 0 && steps > 0;
    }
}
