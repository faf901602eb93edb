package dev.stash2plex.app.library.window;

import dev.stash2plex.app.library.CsvExport;
import dev.stash2plex.app.library.LibraryClient;
import dev.stash2plex.app.library.LibraryData.Page;
import dev.stash2plex.app.library.LibraryData.Row;
import dev.stash2plex.app.library.LibraryData.Side;
import dev.stash2plex.app.library.LibraryException;
import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.platform.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The Library window's "Export CSV…": a whole gap list (every page, with the search), not just the page
 * shown, read on {@code io} and written to a file; what came of it is said on the status line ({@code fx}).
 */
final class GapListExport {

    /** The export reads the list in the provider's largest pages. */
    private static final int EXPORT_PAGE = 500;

    private final LibraryClient client;
    private final UserMessages messages;
    private final StatusLine status;
    private final Executor io;
    private final Executor fx;

    GapListExport(LibraryClient client, UserMessages messages, StatusLine status, Executor io, Executor fx) {
        this.client = client;
        this.messages = messages;
        this.status = status;
        this.io = io;
        this.fx = fx;
    }

    void write(Side listed, String query, Path file) {
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
                throw new CompletionException(e);
            }
        }, io).whenCompleteAsync((count, failure) -> {
            if (failure == null) {
                status.show(messages.text("library.export.done", count, file), false);
            } else if (failure.getCause() instanceof LibraryException e) {
                status.showError(e);
            } else {
                status.show(messages.text("library.export.failed", file, String.valueOf(failure.getCause().getMessage())), true);
            }
        }, fx);
    }
}
