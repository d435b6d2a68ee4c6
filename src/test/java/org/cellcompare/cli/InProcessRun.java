package org.cellcompare.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line run in this JVM, as a user types it, on one input and one output folder: what
 * it said on the error output is kept for the test to read. A later {@code --output} in the
 * arguments wins, as it does on a command line.
 */
final class InProcessRun {

    private final Path input;
    private final Path output;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    InProcessRun(Path input, Path output) {
        this.input = input;
        this.output = output;
    }

    /** Runs with these arguments after --input and --output, and returns the exit status. */
    int run(String... args) {
        err.reset();
        List<String> all = new ArrayList<>(List.of("--input=" + input, "--output=" + output));
        all.addAll(List.of(args));
        return new CommandLine(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all.toArray(String[]::new));
    }

    /** What the last run said on the error output. */
    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
