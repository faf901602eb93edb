package dev.stash2plex.app.look;

import java.net.URL;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The layout the app's form windows share — a header saying what the window is for, scrolling
 * sections, a bottom bar with the window's buttons — and the stylesheet that gives them one look.
 * Each window adds only its own stylesheet on top; the colours come from the theme ({@link AppTheme}).
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
        scroll.skinProperty().addListener((property, oldSkin, skin) -> drawViewportDirectly(scroll));
        BorderPane root = new BorderPane(scroll);
        root.setTop(header);
        root.setBottom(bottomBar);
        root.getStyleClass().addAll("form-window", rootStyleClass);
        styled(root, windowStylesheet);
        return root;
    }

    /**
     * JavaFX's scroll pane skin caches its viewport as one bitmap, so any change inside it — a text
     * field's caret blinking twice a second — repaints the whole form into that bitmap: about 90 ms of
     * software rendering per blink, 4 % of a core while a window merely stands open
     * (docs/benchmarks.md, "Memory of the installed app"). Drawn directly, only the changed pixels are
     * painted again. The viewport exists once the skin does.
     */
    private static void drawViewportDirectly(ScrollPane scroll) {
        if (scroll.getSkin() != null && scroll.lookup(".viewport") instanceof Node viewport) {
            viewport.setCache(false);
        }
    }

    /**
     * Gives a window's root the shared stylesheet and, when not null, its own: every window and dialog
     * root goes through here, so they all read as one app on top of the theme ({@link AppTheme}).
     */
    public static <T extends Parent> T styled(T root, URL windowStylesheet) {
        root.getStylesheets().add(APP_STYLESHEET);
        if (windowStylesheet != null) {
            root.getStylesheets().add(windowStylesheet.toExternalForm());
        }
        return root;
    }
}
