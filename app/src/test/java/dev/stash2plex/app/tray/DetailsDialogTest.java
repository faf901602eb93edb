package dev.stash2plex.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetailsDialogTest {

    @Test
    void aLongLineGetsTheRowsItWrapsIntoAndALongTextScrollsPastTheMost() {
        assertThat(DetailsDialog.rows("exited with code 1")).isEqualTo(2);
        assertThat(DetailsDialog.rows("x".repeat(DetailsDialog.WRAPS_AT))).isEqualTo(2);
        assertThat(DetailsDialog.rows("x".repeat(DetailsDialog.WRAPS_AT + 1))).as("one line, wrapped once").isEqualTo(3);
        assertThat(DetailsDialog.rows("a\n\nb")).as("an empty line is a row too").isEqualTo(4);
        assertThat(DetailsDialog.rows("line\n".repeat(100))).isEqualTo(DetailsDialog.MOST_ROWS);
    }
}
