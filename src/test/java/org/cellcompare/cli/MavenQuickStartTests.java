package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cellcompare.support.ForkedRun;
import org.cellcompare.support.TestFiles;

/**
 * The README's quick start, {@code ./mvnw -q spring-boot:run}, run a second time in the same
 * month: its last line must be the one sentence that names the command to run the month again,
 * and its status 0, or the Maven plugin prints a BUILD FAILURE after it.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MavenQuickStartTests {

    private static final Pattern MAVEN_ARGUMENTS = Pattern.compile("-Dspring-boot\\.run\\.arguments=(\"[^\"]*\"|\\S+)$");

    @TempDir
    Path folder;

    /** "-" stands for a run without arguments. */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "-                                   | false | ./mvnw -q spring-boot:run -Dspring-boot.run.arguments=--rerun",
            "--month=2026-10 --currency=EUR      | false | ./mvnw -q spring-boot:run -Dspring-boot.run.arguments=\"--month=2026-10 --currency=EUR --rerun\"",
            "-                                   | true  | mvnw.cmd -q spring-boot:run -Dspring-boot.run.arguments=--rerun",
            "--locale=es                         | true  | mvnw.cmd -q spring-boot:run -Dspring-boot.run.arguments=\"--locale=es --rerun\"",
    })
    void namesTheMavenCommandWithTheSameArgumentsAndRerun(String arguments, boolean windows, String command) {
        List<String> given = arguments.equals("-") ? List.of() : List.of(arguments.split(" "));

        String sentence = MavenQuickStart.alreadyRun("2026-10", "output/cellcompare-2026-10.xlsx", given, windows);

        assertThat(sentence).isEqualTo("The month 2026-10 has already been run (see output/cellcompare-2026-10.xlsx);"
                + " to run it again and replace it, type: " + command);
    }

    @Test
    void keepsAFolderWithSpacesWholeAndFallsBackToWordsForWhatAShellWouldChange() {
        assertThat(MavenQuickStart.alreadyRun("2026-10", "w.xlsx", List.of("--input=my input"), false))
                .endsWith("type: ./mvnw -q spring-boot:run -Dspring-boot.run.arguments=\"'--input=my input' --rerun\"");
        assertThat(MavenQuickStart.alreadyRun("2026-10", "w.xlsx", List.of("--input=$HOME/in"), false))
                .endsWith("to run it again and replace it, add --rerun to -Dspring-boot.run.arguments in the same command.");
    }

    @Test
    void pomTellsTheApplicationItRunsAsTheMavenQuickStart() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String plugin = pom.substring(pom.indexOf("<artifactId>spring-boot-maven-plugin</artifactId>"));
        plugin = plugin.substring(0, plugin.indexOf("</plugin>"));

        assertThat(plugin).contains("<" + MavenQuickStart.PROPERTY + ">" + MavenQuickStart.MAVEN + "</" + MavenQuickStart.PROPERTY + ">");
    }

    @Tag("forked") // three runs in JVMs of their own: ./mvnw verify -Pforked-tests
    @Test
    void aMonthAlreadyRunEndsWithTheMavenCommandThatRunsItAgainAndStatusZero() throws Exception {
        Path input = TestFiles.copySample(folder.resolve("input"));
        Path output = folder.resolve("output");
        List<String> arguments = List.of("--input=" + input, "--output=" + output, "--month=2026-11");

        assertThat(quickStart(arguments).status()).isZero();
        Path workbook = output.resolve("cellcompare-2026-11.xlsx");
        long firstWritten = Files.getLastModifiedTime(workbook).toMillis();

        Run second = quickStart(arguments);

        assertThat(second.status()).as(second.output()).isZero();
        String last = second.lastLine();
        assertThat(last).startsWith("The month 2026-11 has already been run (see " + workbook + "); to run it again and"
                + " replace it, type: ./mvnw -q spring-boot:run -Dspring-boot.run.arguments=\"");
        assertThat(second.output().lines().filter(line -> !line.isBlank())).as("nothing but the sentence").hasSize(1);
        assertThat(Files.getLastModifiedTime(workbook).toMillis()).isEqualTo(firstWritten);

        Matcher value = MAVEN_ARGUMENTS.matcher(last);
        assertThat(value.find()).as(last).isTrue();
        Run third = quickStart(mavenSplit(value.group(1)));

        assertThat(third.status()).as(third.output()).isZero();
        assertThat(third.lastLine()).startsWith("Workbook written:").doesNotContain("already");
    }

    @Test
    void theJarKeepsStatusFourForAMonthAlreadyRun() throws Exception {
        Path input = TestFiles.copySample(folder.resolve("input"));
        Path output = folder.resolve("output");
        InProcessRun command = new InProcessRun(input, output);

        assertThat(command.run("--month=2026-11")).isZero();

        assertThat(command.run("--month=2026-11")).isEqualTo(ExitCode.ALREADY_RUN.code());
        assertThat(command.stderr().strip()).endsWith("to run it again and replace it, add --rerun to the same command.")
                .doesNotContain("mvnw");
    }

    private record Run(int status, String output) {
        String lastLine() {
            return output.strip().lines().reduce((first, next) -> next).orElse("").replaceFirst("^\\d\\d:\\d\\d:\\d\\d \\w+\\s+", "");
        }
    }

    /** As spring-boot:run starts it: the plugin's property, the launchers' Java options, the application's own classpath. */
    private static Run quickStart(List<String> arguments) throws Exception {
        try (ForkedRun run = ForkedRun.startWith(List.of(),
                List.of("-D" + MavenQuickStart.PROPERTY + "=" + MavenQuickStart.MAVEN, "@" + Path.of("src/dist/jvm.options").toAbsolutePath()),
                arguments.toArray(String[]::new))) {
            int status = run.exitStatus(240);
            return new Run(status, run.output());
        }
    }

    /** What the shell leaves of the value, split as the plugin splits it: at spaces outside quotes. */
    private static List<String> mavenSplit(String typed) {
        String value = typed.startsWith("\"") ? typed.substring(1, typed.length() - 1) : typed;
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("'([^']*)'|(\\S+)").matcher(value);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words;
    }
}
