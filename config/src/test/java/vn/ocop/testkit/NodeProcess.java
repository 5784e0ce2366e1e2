package vn.ocop.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The node's process tree (the CLI launcher and the server JVM it forks), its output appended to
 * one console file. Stopping sends SIGTERM to the whole tree and then SIGKILL to what is left.
 */
final class NodeProcess {

    private static final long GRACE_SECONDS = 30;
    private static final int TAIL_LINES = 40;

    private final Path console;
    private Process process;

    NodeProcess(Path console) {
        this.console = console;
    }

    /**
     * Starts the command and waits until {@code url} serves a green or yellow cluster. If the
     * process exits first or the timeout passes, stops what is left and fails with the last lines
     * of its output.
     */
    synchronized void startServing(
            List<String> command, Map<String, String> environment, String url, Duration timeout) {
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
        try {
            ClusterHealth.awaitServing(url, timeout, this::running);
        } catch (IllegalStateException e) {
            stop();
            throw new IllegalStateException(
                    e.getMessage() + "; last lines of its output:\n" + tail(TAIL_LINES), e);
        }
    }

    synchronized boolean running() {
        return process != null && process.isAlive();
    }

    synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree =
                Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS);
        for (ProcessHandle handle : tree) {
            awaitExit(handle, deadline);
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        process = null;
    }

    private String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(console, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no console output: " + e.getMessage() + ")";
        }
    }

    private static void awaitExit(ProcessHandle handle, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return;
        }
        try {
            handle.onExit().get(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception stillRunning) {
            // destroyForcibly follows
        }
    }
}
