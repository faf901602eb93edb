package dev.stash2plex.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stash2plex.core.testing.KeyShapes;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A pasted key is checked before use, and what is wrong is said without repeating the key. */
class SecretTextTest {

    @Test
    void aVisibleAsciiKeyPasses() {
        assertThat(SecretText.problem(KeyShapes.KEY)).isEmpty();
        assertThat(SecretText.problem("")).isEmpty();
    }

    @Test
    void surroundingWhitespaceAndAStrayLineEndAreTrimmedNotRefused() {
        assertThat(SecretText.trimmed("  " + KeyShapes.KEY + "\r\n")).isEqualTo(KeyShapes.KEY);
        assertThat(SecretText.problem("\t" + KeyShapes.KEY + "\n")).isEmpty();
    }

    @Test
    void eachBadShapeIsNamedByPositionAndCharacter() {
        Map<String, String> expected = Map.of(
                "zero-width space", "contains an invisible or non-ASCII character at position 14 (U+200B ZERO WIDTH SPACE)",
                "byte order mark", "contains an invisible or non-ASCII character at position 1 (U+FEFF ZERO WIDTH NO-BREAK SPACE)",
                "line break inside", "contains a control character at position 18 (U+000D CARRIAGE RETURN (CR))",
                "smart quotes", "contains an invisible or non-ASCII character at position 1 (U+201C LEFT DOUBLE QUOTATION MARK)",
                "DEL", "contains a control character at position 18 (U+007F DELETE)",
                "space inside", "contains a space at position 18; a key or token has none");
        KeyShapes.BAD.forEach((shape, key) -> {
            assertThat(SecretText.problem(key)).as(shape).hasValue(expected.get(shape));
            KeyShapes.assertHidden(shape, SecretText.problem(key).orElseThrow());
        });
    }

    @Test
    void positionsCountCharactersNotUtf16Units() {
        assertThat(SecretText.problem("ab\uD83D\uDD11cd\u200B")).hasValueSatisfying(problem ->
                assertThat(problem).contains("position 3 (U+1F511"));
    }
}
