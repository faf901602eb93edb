package dev.stash2plex.app.plex.window;

import dev.stash2plex.app.messages.UserMessages;
import dev.stash2plex.app.plex.LibraryKind;
import dev.stash2plex.app.plex.LibraryPlan;
import dev.stash2plex.app.plex.PlexLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The library step's words: what was found, what a library is, what a plan will do, what was done. */
final class LibrarySetupText {

    private final UserMessages messages;

    LibrarySetupText(UserMessages messages) {
        this.messages = messages;
    }

    /** "Found 2 movie libraries and one TV library." with what to do next. */
    String listed(List<PlexLibrary> found) {
        List<String> counts = new ArrayList<>();
        for (LibraryKind kind : LibraryKind.values()) {
            long count = found.stream().filter(l -> l.kind().orElse(null) == kind).count();
            if (count > 0) {
                counts.add(messages.text("plex.libraries.count." + kind.name(), count));
            }
        }
        String joined = String.join(messages.text("plex.libraries.and"), counts);
        // The counts read mid-sentence ("2 movie libraries and one TV library"); the first starts the sentence.
        return messages.text("plex.libraries.listed", joined.isEmpty() ? joined
                : Character.toUpperCase(joined.charAt(0)) + joined.substring(1));
    }

    /** The line under a library's tick box: it is on the old agent, or it is a TV library; empty for a movie library. */
    String note(PlexLibrary library) {
        if (library.onLegacyAgent()) {
            return messages.text("plex.libraries.legacy");
        }
        return library.kind().orElse(null) == LibraryKind.SHOW ? messages.text("plex.libraries.tv") : "";
    }

    /** What Apply will do, kind by kind, and then the question. */
    String describe(LibraryPlan plan) {
        List<String> sentences = new ArrayList<>();
        for (LibraryPlan.AgentPlan part : plan.agents()) {
            String provider = messages.text("plex.provider." + part.kind().name());
            if (!part.toSwitch().isEmpty()) {
                sentences.add(messages.text(part.existingAgent().isPresent() ? "plex.plan.useAgent" : "plex.plan.createAgent",
                        part.agentTitle(), titles(part.toSwitch()), provider));
            }
            if (!part.fromLegacyAgent().isEmpty()) {
                sentences.add(messages.text("plex.plan.legacy", titles(part.fromLegacyAgent()), part.fromLegacyAgent().size()));
            }
            if (!part.already().isEmpty()) {
                sentences.add(messages.text("plex.plan.already", titles(part.already()), provider, part.already().size()));
            }
        }
        if (!plan.toSwitch().isEmpty()) {
            sentences.add(messages.text("plex.plan.ask"));
        }
        return String.join(" ", sentences);
    }

    /** "Done: “Movies” now use the agent “Stash2Plex”; “TV Shows” … ; Plex is refreshing their metadata." */
    String done(LibraryPlan plan, List<PlexLibrary> done) {
        Set<String> keys = done.stream().map(PlexLibrary::key).collect(Collectors.toSet());
        List<String> parts = new ArrayList<>();
        for (LibraryPlan.AgentPlan part : plan.agents()) {
            List<PlexLibrary> switched = part.toSwitch().stream().filter(l -> keys.contains(l.key())).toList();
            if (!switched.isEmpty()) {
                parts.add(messages.text("plex.libraries.done.part", titles(switched), part.agentTitle(), switched.size()));
            }
        }
        return messages.text("plex.libraries.done", String.join("; ", parts));
    }

    static String titles(List<PlexLibrary> list) {
        return list.stream().map(l -> "\u201c" + l.title() + "\u201d").collect(Collectors.joining(", "));
    }
}
