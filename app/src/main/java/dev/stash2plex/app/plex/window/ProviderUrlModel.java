package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.CandidateUrl;
import dev.stash2plex.app.plex.LocalInterface;
import dev.stash2plex.app.plex.ProviderAddress;
import dev.stash2plex.app.plex.ProviderUrlStore;
import dev.stash2plex.app.settings.FieldProblem;
import dev.stash2plex.app.settings.SettingsText;
import dev.stash2plex.app.settings.SettingsValidation;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "The address Plex uses to reach Stash2Plex": the suggestions for this machine, and one editable
 * address that is the single truth (choosing a suggestion writes it; typing something else makes it
 * the user's own, which is saved so the window offers it first next time). FX thread only; the
 * interface scan and the file run on the I/O executor.
 */
public final class ProviderUrlModel {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderUrlModel.class);

    private final Supplier<List<LocalInterface>> interfaces;
    private final ProviderUrlStore store;
    private final Consumer<String> clipboard;
    private final UserMessages messages;
    private final Executor io;
    private final Executor fx;

    private final ObservableList<CandidateUrl> candidates = FXCollections.observableArrayList();
    private final ObservableList<CandidateUrl> readOnlyCandidates = FXCollections.unmodifiableObservableList(candidates);
    private final StringProperty url = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper copied = new ReadOnlyBooleanWrapper();
    private List<LocalInterface> lastInterfaces = List.of();
    private String plexUrl = "";
    private int port;

    public ProviderUrlModel(Supplier<List<LocalInterface>> interfaces, ProviderUrlStore store, Consumer<String> clipboard,
                            UserMessages messages, Executor io, Executor fx) {
        this.interfaces = interfaces;
        this.store = store;
        this.clipboard = clipboard;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
        url.subscribe(text -> {
            copied.set(false);
            check(text);
        });
    }

    /** Looks again at this machine and the saved address, for this Plex address and provider port. */
    public void refresh(String plexUrl, int port) {
        this.plexUrl = plexUrl;
        this.port = port;
        searching.set(true);
        CompletableFuture.supplyAsync(() -> new Scan(interfaces.get(), store.load()), io).whenCompleteAsync((scan, failure) -> {
            searching.set(false);
            if (failure != null) {
                LOG.warn("Cannot work out the provider addresses", failure);
                scan = new Scan(List.of(), Optional.empty());
            }
            lastInterfaces = scan.interfaces();
            candidates.setAll(ProviderAddress.candidates(scan.interfaces(), plexUrl, port, scan.own()));
            url.set(candidates.isEmpty() ? "" : candidates.getFirst().url());
        }, fx);
    }

    private record Scan(List<LocalInterface> interfaces, Optional<String> own) {
    }

    /** Makes a typed address the user's own (saved), or forgets the saved one when a suggestion is used. */
    public void commit() {
        String text = url.get().strip();
        if (!problem.get().isEmpty()) {
            return;
        }
        boolean suggested = candidates.stream()
                .anyMatch(c -> c.source() != CandidateUrl.Source.OWN && c.url().equalsIgnoreCase(text));
        Optional<String> own = suggested ? Optional.empty() : Optional.of(text);
        // The suggestions change after the save, not now: commit() runs inside the radio button's or
        // text field's own event, and rebuilding the radio buttons under it breaks that event.
        CompletableFuture.runAsync(() -> store.save(own), io).whenCompleteAsync((ignored, failure) -> {
            if (failure != null) {
                LOG.warn("Cannot save the provider address", failure);
            }
            List<CandidateUrl> now = ProviderAddress.candidates(lastInterfaces, plexUrl, port, own);
            if (!now.equals(candidates)) {
                candidates.setAll(now);
            }
        }, fx);
    }

    public void copy() {
        if (valid()) {
            commit();
            clipboard.accept(url.get().strip());
            copied.set(true);
        }
    }

    public boolean valid() {
        return !url.get().isBlank() && problem.get().isEmpty();
    }

    private void check(String text) {
        Optional<FieldProblem> found = SettingsValidation.url(text, true);
        problem.set(found.map(p -> p == FieldProblem.URL_MISSING ? messages.text("plex.address.missing") : new SettingsText(messages).field(p))
                .orElse(""));
        warning.set(found.isEmpty() && isLoopback(text) ? messages.text("plex.address.localhost") : "");
    }

    private static boolean isLoopback(String text) {
        try {
            String host = URI.create(text.strip()).getHost();
            return host != null && (host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public ObservableList<CandidateUrl> candidates() {
        return readOnlyCandidates;
    }

    /** The address, bound both ways to the text field. */
    public StringProperty url() {
        return url;
    }

    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warning() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searching() {
        return searching.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty copied() {
        return copied.getReadOnlyProperty();
    }
}
