package dev.stash2plex.app.settings.form;

import dev.stash2plex.app.docker.EngineProblem;
import dev.stash2plex.app.health.ProviderStatus;
import dev.stash2plex.app.health.StatusText;
import dev.stash2plex.app.messages.UserMessages;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the settings window says about the provider after Save: the status sentence (build progress while
 * it builds), the technical text for "Details…", and a failure's one-click fix. Fed each status on the FX
 * thread; only ever touched there. Empty strings mean "nothing to show".
 */
public final class ProviderStatusLine {

    private final StatusText statusText;
    private final IntConsumer usePort;
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fixLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private ProviderStatus status = new ProviderStatus.NotConfigured();

    ProviderStatusLine(UserMessages messages, IntConsumer usePort) {
        this.statusText = new StatusText(messages);
        this.usePort = usePort;
    }

    /** The provider's latest status (FX thread). */
    public void show(ProviderStatus next) {
        status = next;
        sentence.set(next instanceof ProviderStatus.NotConfigured ? "" : statusText.detail(next));
        details.set(statusText.technicalDetails(next).orElse(""));
        fixLabel.set(statusText.fixLabel(next).orElse(""));
        problem.set(next instanceof ProviderStatus.Failed || next instanceof ProviderStatus.EngineUnavailable
                || next instanceof ProviderStatus.Crashed || next instanceof ProviderStatus.Degraded);
    }

    /** Runs the fix {@link #fixLabel()} names. */
    public void fix() {
        if (status instanceof ProviderStatus.Failed failed && failed.problem() instanceof EngineProblem.PortInUse taken) {
            usePort.accept(taken.port() + 1);
        }
    }

    public ReadOnlyStringProperty sentence() {
        return sentence.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty details() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fixLabel() {
        return fixLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problem() {
        return problem.getReadOnlyProperty();
    }
}
