package dev.stash2plex.app.library;

import dev.stash2plex.app.library.LibraryData.Row;
import java.util.List;

/** A list as CSV (RFC 4180: CRLF, fields with a comma, quote or line break quoted, quotes doubled). */
public final class CsvExport {

    private CsvExport() {
    }

    public static String of(List<String> header, List<Row> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        for (Row row : rows) {
            line(csv, List.of(row.file(), row.detail() == null ? "" : row.detail(), row.sceneId() == null ? "" : row.sceneId()));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String field = fields.get(i);
            // A leading = + - @ would make a spreadsheet run the cell as a formula.
            if (!field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0) {
                field = "'" + field;
            }
            boolean quote = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
            csv.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        csv.append("\r\n");
    }
}
