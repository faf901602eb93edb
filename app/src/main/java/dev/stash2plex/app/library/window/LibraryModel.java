package dev.stash2plex.app.library.window;

import dev.stash2plex.app.library.LibraryClient;
import dev.stash2plex.app.library.LibraryData.Page;
import dev.stash2plex.app.library.LibraryData.Report;
import dev.stash2plex.app.library.LibraryData.Row;
import dev.stash2plex.app.library.LibraryData.Side;
import dev.stash2plex.app.library.LibraryData.Suggestion;
import dev.stash2plex.app.library.LibraryException;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.settings.PathRuleSetting;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * of one gap list (search, {@link GapPaging}), the explain trace of a chosen file ({@link ExplainTrace}), the
 * suggested rules ({@link RuleSuggestions}), the list's export ({@link GapListExport}), "Refresh in Plex" for a
 * chosen scene ({@link RefreshInPlex}) and the {@link StatusLine} they all speak on. Every read runs on
 * {@code io} and lands on {@code fx}; while the window is open it reads again every few seconds, so the
 * counts move while Plex scans.
 */
public final class LibraryModel {

    private static final long LIVE_SECONDS = 5;

    private final LibraryClient client;
    private final Executor io;
    private final Executor fx;
    private final ScheduledExecutorService timer;

    private final ObjectProperty<Report> report = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(Side.PLEX);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final GapPaging paging;
    private final StatusLine status;
    private final RuleSuggestions suggestions;
    private final ExplainTrace explainTrace;
    private final GapListExport export;
    private final RefreshInPlex refreshInPlex;
    private ScheduledFuture<?> live;

    /**
     * @param addRule adds a rule to the saved settings so the running provider is given it (FX thread);
     *                false when the settings cannot be saved right now
     */
    public LibraryModel(LibraryClient client, Predicate<PathRuleSetting> addRule, UserMessages messages, Executor io,
            Executor fx, ScheduledExecutorService timer) {
        this.client = client;
        this.io = io;
        this.fx = fx;
        this.timer = timer;
        this.paging = new GapPaging(messages);
        this.status = new StatusLine(messages);
        this.suggestions = new RuleSuggestions(addRule, messages, status);
        this.explainTrace = new ExplainTrace(client, messages, status, side, io, fx);
        this.export = new GapListExport(client, messages, status, io, fx);
        this.refreshInPlex = new RefreshInPlex(client, messages, io, fx, status::show);
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
        int at = paging.offset();
        loading.set(true);
        CompletableFuture.supplyAsync(() -> read(listed, query, at), io).whenCompleteAsync((view, failure) -> {
            loading.set(false);
            if (failure != null) {
                status.readFailed(failure.getCause() instanceof LibraryException e ? e : null);
                return;
            }
            report.set(view.report());
            refreshInPlex.syncOn(view.syncOn());
            if (listed == side.get() && at == paging.offset()) {
                rows.setAll(view.page().rows());
                paging.total(view.page().total());
            }
            suggestions.show(view.suggestions());
            status.readWorked();
        }, fx);
    }

    public void search() {
        firstPage();
    }

    public void nextPage() {
        if (paging.next()) {
            refresh();
        }
    }

    public void previousPage() {
        if (paging.previous()) {
            refresh();
        }
    }

    /** Writes the whole current list (every page, with the search) to {@code file} as CSV. */
    public void exportCsv(Path file) {
        export.write(side.get(), search.get(), file);
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
        return paging.label();
    }

    public ReadOnlyStringProperty status() {
        return status.text();
    }

    public ReadOnlyBooleanProperty statusIsError() {
        return status.isError();
    }

    /** The suggested rules, and adding one to the settings. */
    RuleSuggestions ruleSuggestions() {
        return suggestions;
    }

    /** The trace of the row chosen, read as soon as it is chosen. */
    ExplainTrace explainTrace() {
        return explainTrace;
    }

    /** "Refresh in Plex" for the selected scene, on while the provider's Plex sync is. */
    RefreshInPlex refreshInPlex() {
        return refreshInPlex;
    }

    private record View(Report report, Page page, List<Suggestion> suggestions, boolean syncOn) {
    }

    private View read(Side listed, String query, int at) {
        try {
            return new View(client.report(), client.gaps(listed, query, at, GapPaging.PAGE_SIZE), client.suggestions(), client.syncOn());
        } catch (LibraryException e) {
            throw new CompletionException(e);
        }
    }

    private void firstPage() {
        paging.first();
        refresh();
    }
}
