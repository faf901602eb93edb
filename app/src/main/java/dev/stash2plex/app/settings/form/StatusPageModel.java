package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.health.ProviderStatus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status page after Save shows: the provider's status, the address Plex should use, and
 * room for the Plex step and a sync line that the Plex features fill in. Set on the FX thread by the
 * shell (status) and after Save (address); read by {@link StatusPageView}.
 */
public final class StatusPageModel {

    private final ReadOnlyObjectWrapper<ProviderStatus> status = new ReadOnlyObjectWrapper<>(new ProviderStatus.NotConfigured());
    private final ReadOnlyStringWrapper providerUrl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper plexStep = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncLine = new ReadOnlyStringWrapper("");

    public void status(ProviderStatus next) {
        status.set(next);
    }

    public void providerUrl(String url) {
        providerUrl.set(url == null ? "" : url);
    }

    /** What the Plex step says once Plex is connected (e.g. the server's name); empty: "connect Plex". */
    public void plexStep(String text) {
        plexStep.set(text == null ? "" : text);
    }

    /** One line about syncing with Plex; empty hides it. */
    public void syncLine(String text) {
        syncLine.set(text == null ? "" : text);
    }

    public ReadOnlyObjectProperty<ProviderStatus> status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty providerUrl() {
        return providerUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty plexStep() {
        return plexStep.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty syncLine() {
        return syncLine.getReadOnlyProperty();
    }
}
