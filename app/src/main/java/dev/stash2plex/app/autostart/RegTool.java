package dev.stash2plex.app.autostart;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Windows' {@code reg.exe}, behind an interface so the Run-key logic is tested on any OS. */
interface RegTool {

    /** Runs {@code reg} with these arguments; returns its exit code. */
    int run(List<String> arguments) throws IOException;

    /** The real one: a child process, at most 10 s, its output discarded (it never holds anything we need). */
    final class Process implements RegTool {

        @Override
        public int run(List<String> arguments) throws IOException {
            List<String> command = new ArrayList<>(arguments.size() + 1);
            command.add("reg");
            command.addAll(arguments);
            java.lang.Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IOException("reg " + arguments.getFirst() + " did not finish within 10 s");
                }
                return process.exitValue();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running reg", e);
            }
        }
    }
}
