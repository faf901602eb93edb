package dev.stash2plex.app.look;

import java.net.URL;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The layout the app's form windows share — a header saying what the window is for, scrolling
 * sections, a bottom bar with the window's buttons — and the stylesheet that gives them one look.
 * Each window adds only its own stylesheet on top.
 */
public final class WindowLayout {

    private static final double SECTION_GAP = 14;
    private static final double HEADER_GAP = 6;
    private static final String APP_STYLESHEET = WindowLayout.class.getResource("app.css").toExternalForm();

    private WindowLayout() {
    }

    /** The header: a title (with an id tests and screen readers can find) and a wrapped explanation. */
    public static VBox header(String titleId, String title, String detail) {
        Label titleLabel = new Label(title);
        titleLabel.setId(titleId);
        titleLabel.getStyleClass().add("header-title");
        Label detailLabel = new Label(detail);
        detailLabel.setWrapText(true);
        detailLabel.getStyleClass().add("header-detail");
        VBox header = new VBox(HEADER_GAP, titleLabel, detailLabel);
        header.getStyleClass().add("header");
        return header;
    }

    /** The whole window: header on top, the sections in a scroll pane, the bottom bar below. */
    public static BorderPane frame(Node header, Node bottomBar, String rootStyleClass, URL windowStylesheet,
            Node... sections) {
        VBox content = new VBox(SECTION_GAP, sections);
        content.getStyleClass().add("content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("content-scroll");
        BorderPane root = new BorderPane(scroll);
        root.setTop(header);
        root.setBottom(bottomBar);
        root.getStyleClass().addAll("form-window", rootStyleClass);
        root.getStylesheets().addAll(APP_STYLESHEET, windowStylesheet.toExternalForm());
        return root;
    }
}
