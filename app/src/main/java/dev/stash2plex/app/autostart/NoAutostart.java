package dev.stash2plex.app.autostart;

/** A run from the build (no installed launcher): there is nothing sensible to start at login. */
final class NoAutostart implements Autostart {

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public boolean enabled() {
        return false;
    }

    @Override
    public void setEnabled(boolean enabled) throws AutostartException {
        if (enabled) {
            throw new AutostartException("Start at login needs the installed app (this run has no launcher)");
        }
    }
}
