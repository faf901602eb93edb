package dev.stash2plex.app.plex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlexVersionTest {

    @Test
    void readsWhatPmsReports() {
        PlexVersion version = PlexVersion.parse("1.43.0.10162-abcdef123").orElseThrow();
        assertThat(version.major()).isEqualTo(1);
        assertThat(version.minor()).isEqualTo(43);
        assertThat(version.patch()).isZero();
        assertThat(version.text()).isEqualTo("1.43.0.10162-abcdef123");
        assertThat(PlexVersion.parse("1.32").orElseThrow().patch()).isZero();
    }

    @Test
    void providersNeed1430OrNewer() {
        assertThat(PlexVersion.parse("1.43.0.10162-abcdef123").orElseThrow().supportsProviders()).isTrue();
        assertThat(PlexVersion.parse("1.43.4.10500-1234").orElseThrow().supportsProviders()).isTrue();
        assertThat(PlexVersion.parse("1.100.0.1-x").orElseThrow().supportsProviders()).isTrue();
        assertThat(PlexVersion.parse("2.0.0.1-x").orElseThrow().supportsProviders()).isTrue();
        assertThat(PlexVersion.parse("1.42.2.10156-f737b826c").orElseThrow().supportsProviders()).isFalse();
        assertThat(PlexVersion.parse("1.9.6.4429-23901a099").orElseThrow().supportsProviders()).isFalse();
        assertThat(PlexVersion.parse("0.99.0").orElseThrow().supportsProviders()).isFalse();
    }

    @Test
    void refusesWhatIsNoVersion() {
        assertThat(PlexVersion.parse(null)).isEmpty();
        assertThat(PlexVersion.parse("")).isEmpty();
        assertThat(PlexVersion.parse("beta")).isEmpty();
        assertThat(PlexVersion.parse("1")).isEmpty();
        assertThat(PlexVersion.parse("99999999999.1.0")).isEmpty();
    }
}
