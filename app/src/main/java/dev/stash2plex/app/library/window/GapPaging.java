package dev.stash2plex.app.library.window;

import dev.stash2plex.app.messages.UserMessages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Where the Library window is in the gap list shown: the offset of its page, the total the provider last
 * gave, and the label that says both ("51–100 of 240"). A page turn only moves the offset; the total and
 * the label follow when the read of that page lands. FX thread.
 */
final class GapPaging {

    static final int PAGE_SIZE = 50;

    private final UserMessages messages;
    private final StringProperty label = new SimpleStringProperty("");
    private int offset;
    private int total;

    GapPaging(UserMessages messages) {
        this.messages = messages;
    }

    int offset() {
        return offset;
    }

    void first() {
        offset = 0;
    }

    /** Moves to the next page; false when this is the last. */
    boolean next() {
        if (offset + PAGE_SIZE < total) {
            offset += PAGE_SIZE;
            return true;
        }
        return false;
    }

    /** Moves to the page before; false when this is the first. */
    boolean previous() {
        if (offset > 0) {
            offset = Math.max(0, offset - PAGE_SIZE);
            return true;
        }
        return false;
    }

    /** The page read at the current offset came back with this total. */
    void total(int listed) {
        total = listed;
        label.set(total == 0 ? messages.text("library.page.empty")
                : messages.text("library.page", offset + 1, Math.min(offset + PAGE_SIZE, total), total));
    }

    ReadOnlyStringProperty label() {
        return label;
    }
}
