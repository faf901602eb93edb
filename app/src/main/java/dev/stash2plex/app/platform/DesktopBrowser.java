package dev.stash2plex.app.platform;

import java.awt.Desktop;
import java.net.URI;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a page in the user's browser, as the tray's "Open Plex" does (AWT's {@link Desktop}). The
 * address is not logged: a sign-in page carries a PIN. Blocking: call it off the FX thread.
 */
public final class DesktopBrowser implements Consumer<URI> {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopBrowser.class);

    @Override
    public void accept(URI page) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(page);
            } else {
                LOG.info("No browser to open {} pages with", page.getHost());
            }
        } catch (Exception e) {
            LOG.warn("Cannot open a {} page in a browser: {}", page.getHost(), e.getClass().getSimpleName());
        }
    }
}
