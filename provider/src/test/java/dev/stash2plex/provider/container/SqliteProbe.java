package dev.stash2plex.provider.container;

import dev.stash2plex.provider.index.store.SqliteNative;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run inside the provider image by {@link HardenedContainerIT} (test classes mounted read-only):
 * opens a SQLite file in the data folder the way the index's store does, writes and reads a row,
 * and prints one line saying which native library sqlite-jdbc loaded. {@code bundled} first points
 * sqlite-jdbc at the image's {@code /app/native}; {@code from-jar} leaves it to unpack its own copy.
 */
public final class SqliteProbe {

    private SqliteProbe() {
    }

    /** @param args the data folder, then {@code bundled} or {@code from-jar} */
    public static void main(String[] args) throws SQLException {
        Path dataDir = Path.of(args[0]);
        if (args[1].equals("bundled")) {
            Path library = SqliteNative.useBundled(SqliteNative.IN_IMAGE)
                    .orElseThrow(() -> new IllegalStateException("No native library for this platform under " + SqliteNative.IN_IMAGE));
            System.out.println("using " + library);
        }
        Path file = dataDir.resolve("probe.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists probe (written text)");
            statement.execute("insert into probe values (sqlite_version())");
            try (ResultSet rows = statement.executeQuery("select written, count(*) from probe")) {
                rows.next();
                System.out.println("sqlite " + rows.getString(1) + " wrote " + file + " (" + rows.getInt(2) + " rows)");
            }
        }
    }
}
