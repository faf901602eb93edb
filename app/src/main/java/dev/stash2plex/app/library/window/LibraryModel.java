package dev.stash2plex.app.library.window;

import dev.stash2plex.app.library.CsvExport;
import dev.stash2plex.app.library.LibraryClient;
import dev.stash2plex.app.library.LibraryData.Page;
import dev.stash2plex.app.library.LibraryData.Report;
import dev.stash2plex.app.library.LibraryData.Row;
import dev.stash2plex.app.library.LibraryData.Side;
import dev.stash2plex.app.library.LibraryData.Suggestion;
import dev.stash2plex.app.library.LibraryException;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.platform.AtomicFile;
import dev.stash2plex.app.settings.PathRuleSetting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Library window's state and commands, testable without a scene: the provider's counts, one page
 * of one gap list (search, paging), the explain trace of a chosen file, the suggested rules, "Refresh in
 * Plex" for a chosen scene ({@link RefreshInPlex}). Every
 * read runs on {@code io} and lands on {@code fx}; while the window is open it reads again every few
 * seconds, so the counts move while Plex scans.
 */
public final class LibraryModel {

    static final int PAGE_SIZE = 50;
    private static final long LIVE_SECONDS = 5;
    /** The export reads the list in the provider's largest pages. */
    private static final int EXPORT_PAGE = 500;

    private final LibraryClient client;
    private final Predicate<PathRuleSetting> addRule;
    private final UserMessages messages;
    private final Executor io;
    private final Executor fx;
    private final ScheduledExecutorService timer;

    private final ObjectProperty<Report> report = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(Side.PLEX);
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObservableList<String> trace = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final RefreshInPlex refreshInPlex;
    private int offset;
    private int total;
    private ScheduledFuture<?> live;
    /** The status line says a read failed: the next read that works clears it (and nothing else does). */
    private boolean readFailed;

    /**
     * @param addRule adds a rule to the saved settings so the running provider is given it (FX thread);
     *                false when the settings cannot be saved right now
     */
    public LibraryModel(LibraryClient client, Predicate<PathRuleSetting> addRule, UserMessages messages, Executor io,
            Executor fx, ScheduledExecutorService timer) {
        this.client = client;
        this.addRule = addRule;
        this.messages = messages;
        this.io = io;
        this.fx = fx;
        this.timer = timer;
        this.refreshInPlex = new RefreshInPlex(client, messages, io, fx, this::showStatus);
        side.addListener((o, was, now) -> firstPage());
    }

    /** Reads everything now and then every few seconds, until {@link #close()}. */
    public void open() {
        refresh();
        if (live == null) {
            live = timer.scheduleWithFixedDelay(() -> fx.execute(() -> {
                if (!loading.get()) {
                    refresh();
                }
            }), LIVE_SECONDS, LIVE_SECONDS, TimeUnit.SECONDS);
        }
    }

    public void close() {
        if (live != null) {
            live.cancel(false);
            live = null;
        }
    }

    /** The counts, the current page and the suggestions, read again. */
    public void refresh() {
        Side listed = side.get();
        String query = search.get();
        int at = offset;
        loading.set(true);
        CompletableFuture.supplyAsync(() -> read(listed, query, at), io).whenCompleteAsync((view, failure) -> {
            loading.set(false);
            if (failure != null) {
                showError(failure.getCause() instanceof LibraryException e ? e : null);
                readFailed = true;
                return;
            }
            report.set(view.report());
            refreshInPlex.syncOn(view.syncOn());
            if (listed == side.get() && at == offset) {
                rows.setAll(view.page().rows());
                total = view.page().total();
                pageText.set(pageText());
            }
            if (!suggestions.equals(view.suggestions())) {
                suggestions.setAll(view.suggestions());
            }
            if (readFailed) {
                showStatus("", false);
            }
        }, fx);
    }

    public void search() {
        firstPage();
    }

    public void nextPage() {
        if (offset + PAGE_SIZE < total) {
            offset += PAGE_SIZE;
            refresh();
        }
    }

    public void previousPage() {
        if (offset > 0) {
            offset = Math.max(0, offset - PAGE_SIZE);
            refresh();
        }
    }

    /** The explain trace of a Plex file; scenes have no file Plex asked about, so nothing to explain. */
    public void explain(Row row) {
        if (row == null || side.get() != Side.PLEX) {
            trace.clear();
            return;
        }
        trace.setAll(messages.text("library.explain.loading", row.file()));
        CompletableFuture.supplyAsync(() -> {
            try {
                return client.explain(row.file());
            } catch (LibraryException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, io).whenCompleteAsync((lines, failure) -> {
            if (failure == null) {
                List<String> shown = new ArrayList<>();
                shown.add(row.file());
                shown.addAll(lines);
                trace.setAll(shown);
            } else {
                trace.setAll(errorText(failure.getCause() instanceof LibraryException e ? e : null));
            }
        }, fx);
    }

    /** Adds the rule to the settings (the provider restarts with it) and says so. */
    public void add(Suggestion suggestion) {
        if (addRule.test(suggestion.rule())) {
            suggestions.remove(suggestion);
            showStatus(messages.text("library.rule.added", suggestion.rule().plexPattern(), suggestion.rule().stashPattern()), false);
        } else {
            showStatus(messages.text("library.rule.notSaved"), true);
        }
    }

    /** Writes the whole current list (every page, with the search) to {@code file} as CSV. */
    public void exportCsv(Path file) {
        Side listed = side.get();
        String query = search.get();
        CompletableFuture.supplyAsync(() -> {
            try {
                List<Row> all = new ArrayList<>();
                for (int at = 0; ; at += EXPORT_PAGE) {
                    Page page = client.gaps(listed, query, at, EXPORT_PAGE);
                    all.addAll(page.rows());
                    if (page.rows().isEmpty() || all.size() >= page.total()) {
                        break;
                    }
                }
                AtomicFile.write(file, CsvExport.of(listed == Side.PLEX ? List.of("plex_file", "title", "scene_id")
                        : List.of("stash_path", "title", "scene_id"), all));
                return all.size();
            } catch (LibraryException | IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, io).whenCompleteAsync((count, failure) -> {
            if (failure == null) {
                showStatus(messages.text("library.export.done", count, file), false);
            } else if (failure.getCause() instanceof LibraryException e) {
                showError(e);
            } else {
                showStatus(messages.text("library.export.failed", file, String.valueOf(failure.getCause().getMessage())), true);
            }
        }, fx);
    }

    public ReadOnlyObjectProperty<Report> report() {
        return report;
    }

    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObjectProperty<Side> side() {
        return side;
    }

    public StringProperty searchText() {
        return search;
    }

    public ReadOnlyStringProperty pageLabel() {
        return pageText;
    }

    public ReadOnlyStringProperty status() {
        return status;
    }

    public ReadOnlyBooleanProperty statusIsError() {
        return statusIsError;
    }

    public ObservableList<String> trace() {
        return FXCollections.unmodifiableObservableList(trace);
    }

    public ObservableList<Suggestion> suggestions() {
        return FXCollections.unmodifiableObservableList(suggestions);
    }

    /** "Refresh in Plex" for the selected scene, on while the provider's Plex sync is. */
    RefreshInPlex refreshInPlex() {
        return refreshInPlex;
    }

    private record View(Report report, Page page, List<Suggestion> suggestions, boolean syncOn) {
    }

    private View read(Side listed, String query, int at) {
        try {
            return new View(client.report(), client.gaps(listed, query, at, PAGE_SIZE), client.suggestions(), client.syncOn());
        } catch (LibraryException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    private void firstPage() {
        offset = 0;
        refresh();
    }

    private String pageText() {
        return total == 0 ? messages.text("library.page.empty")
                : messages.text("library.page", offset + 1, Math.min(offset + PAGE_SIZE, total), total);
    }

    private void showError(LibraryException e) {
        showStatus(errorText(e), true);
    }

    private String errorText(LibraryException e) {
        return switch (e) {
            case LibraryException.Unreachable u -> messages.text("library.error.unreachable");
            case LibraryException.NotAllowed n -> messages.text("library.error.notAllowed");
            case LibraryException.SyncOff off -> messages.text("library.error.failed", off.getMessage());
            case LibraryException.Failed f -> messages.text("library.error.failed", f.getMessage());
            case null -> messages.text("library.error.failed", "unexpected error");
        };
    }

    private void showStatus(String text, boolean error) {
        readFailed = false;
        status.set(text);
        statusIsError.set(error);
    }
}
