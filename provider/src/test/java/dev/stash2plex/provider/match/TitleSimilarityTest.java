package dev.stash2plex.provider.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleSimilarityTest {

    @Test
    void aTrailingYearIsCutOffAndUsedWhenTheRequestHasNone() {
        assertThat(TitleSimilarity.clean("Film (1998)", null)).isEqualTo(new TitleSimilarity.CleanTitle("Film", 1998));
        assertThat(TitleSimilarity.clean("Film [1998]", null)).isEqualTo(new TitleSimilarity.CleanTitle("Film", 1998));
        assertThat(TitleSimilarity.clean("Film - 1998", null)).isEqualTo(new TitleSimilarity.CleanTitle("Film", 1998));
        assertThat(TitleSimilarity.clean("Film (1998)", 2001)).isEqualTo(new TitleSimilarity.CleanTitle("Film", 2001));
    }

    @Test
    void aTitleThatIsOnlyAYearIsKept() {
        assertThat(TitleSimilarity.clean("1984", null)).isEqualTo(new TitleSimilarity.CleanTitle("1984", null));
        assertThat(TitleSimilarity.clean("Blade Runner 2049", null).title()).isEqualTo("Blade Runner");
    }

    @Test
    void normalisationIgnoresCaseAccentsAndPunctuation() {
        assertThat(TitleSimilarity.normalize("Café  Scène: The-Return!")).isEqualTo("cafe scene the return");
    }

    @Test
    void similarityIsTheShareOfCommonWords() {
        assertThat(TitleSimilarity.similarity("A B C", "a b c")).isEqualTo(1.0);
        assertThat(TitleSimilarity.similarity("A B", "B C")).isEqualTo(1.0 / 3);
        assertThat(TitleSimilarity.similarity("A", "Z")).isZero();
        assertThat(TitleSimilarity.similarity("", "Z")).isZero();
    }
}
