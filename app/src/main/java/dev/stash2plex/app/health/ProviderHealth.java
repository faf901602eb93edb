package dev.stash2plex.app.health;

/**
 * What the provider's {@code GET /health} said, reduced to what the tray shows.
 *
 * @param ok {@code status} was {@code ok} (otherwise {@code degraded})
 * @param stashVersion null when Stash never answered
 * @param lastError the provider's last Stash error, {@code kind: message} ({@code unauthorized: …}); may be null
 * @param index the scene index's state, {@link IndexHealth#NOT_REPORTED} from a provider without one
 * @param sync the Plex sync's state, {@link SyncHealth#NOT_REPORTED} from a provider without one
 */
public record ProviderHealth(boolean ok, String providerVersion, String stashVersion, String lastError, IndexHealth index,
                             SyncHealth sync) {

    public ProviderHealth(boolean ok, String providerVersion, String stashVersion, String lastError, IndexHealth index) {
        this(ok, providerVersion, stashVersion, lastError, index, SyncHealth.NOT_REPORTED);
    }

    /** The reason to show for a degraded answer, from the error kind the provider puts first. */
    public ProviderStatus.DegradedReason reason() {
        String kind = lastError == null ? "" : lastError.split(":", 2)[0].strip();
        return switch (kind) {
            case "unreachable", "timeout" -> ProviderStatus.DegradedReason.STASH_UNREACHABLE;
            case "unauthorized" -> ProviderStatus.DegradedReason.KEY_REFUSED;
            case "not-ready" -> ProviderStatus.DegradedReason.STASH_NOT_READY;
            default -> ProviderStatus.DegradedReason.OTHER;
        };
    }
}
