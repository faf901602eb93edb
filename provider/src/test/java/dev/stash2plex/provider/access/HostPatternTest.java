package dev.stash2plex.provider.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HostPatternTest {

    @Test
    void entriesAreNamesOrWildcardsInLowerCaseWithoutPort() {
        assertThat(HostPattern.parseList(" NAS.example.lan:9090 , *.Home.Arpa.,, plex "))
                .containsExactly(new HostPattern("nas.example.lan", false), new HostPattern("home.arpa", true),
                        new HostPattern("plex", false));
    }

    @Test
    void blankMeansNone() {
        assertThat(HostPattern.parseList("")).isEmpty();
        assertThat(HostPattern.parseList(null)).isEmpty();
    }

    @Test
    void addressesAreSkippedBecauseEveryAddressIsAcceptedAnyway() {
        assertThat(HostPattern.parseList("192.168.1.5, [fd00::1]:9090, nas")).containsExactly(new HostPattern("nas", false));
    }

    @Test
    void aWildcardCoversNamesBelowTheDomainOnly() {
        HostPattern wildcard = HostPattern.parse("*.example.lan");

        assertThat(wildcard.matches("nas.example.lan")).isTrue();
        assertThat(wildcard.matches("a.b.example.lan")).isTrue();
        assertThat(wildcard.matches("example.lan")).isFalse();
        assertThat(wildcard.matches("badexample.lan")).isFalse();
    }

    @Test
    void anEntryThatIsNoHostNameIsNamed() {
        assertThatThrownBy(() -> HostPattern.parseList("nas, http://nas:9090"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"http://nas:9090\" is not a host name");
        assertThatThrownBy(() -> HostPattern.parseList("*"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"*\"");
        assertThatThrownBy(() -> HostPattern.parseList("stash_2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"stash_2\"");
    }
}
