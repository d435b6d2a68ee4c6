package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JVM a month runs in when it was started with {@code java -jar}: what it is given, and when
 * the month stays where it was started. That the jar really starts it is checked in DownloadIT.
 */
class TunedJvmTests {

    private static final String RUNTIME = "/usr/lib/jvm/java-17|17.0.17+10";

    @TempDir
    Path folder;

    private Path jar;
    private Path input;

    @BeforeEach
    void install() throws IOException {
        jar = folder.resolve("app/cellcompare.jar");
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest without libraries
        }
        input = Files.createDirectories(folder.resolve("input/offerings")).getParent();
    }

    @Test
    void aMonthlyFileRunsOnTheQuickCompilerAndWritesTheArchiveItFoundMissing() throws IOException {
        offerings(300 * 1024);

        ClassDataArchive archive = archive();
        TunedJvm.Plan plan = plan(List.of("-Xmx512m"), "--month=2026-11", "--input=" + input).orElseThrow();

        assertThat(plan.draft()).isNotNull();
        assertThat(plan.draft().getParent()).as("next to the jar").isEqualTo(jar.getParent());
        assertThat(plan.command()).containsSubsequence(
                "-Xmx512m", "-Dcellcompare.tuned-jvm=child", "-XX:TieredStopAtLevel=1",
                "-XX:ArchiveClassesAtExit=" + plan.draft(), "-Xlog:cds=off", "-jar", jar.toString(),
                "--month=2026-11", "--input=" + input);
        assertThat(plan.command().get(0)).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        assertThat(plan.command()).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
        assertThat(plan.archive().file()).isEqualTo(archive.file());
    }

    @Test
    void everyRunMapsAnArchiveThatIsThere() throws IOException {
        offerings(300 * 1024);
        Files.write(archive().file(), new byte[10]);

        TunedJvm.Plan plan = plan(List.of(), "--input=" + input).orElseThrow();

        assertThat(plan.draft()).isNull();
        assertThat(plan.command()).contains("-XX:SharedArchiveFile=" + archive().file(), "-Xlog:cds=off")
                .noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void aPooledFileKeepsBothCompilersWithLessInliningAndMapsTheArchive() throws IOException {
        offerings(QuickCompiler.SMALL_OFFERINGS_KB * 1024);
        Files.write(archive().file(), new byte[10]);

        TunedJvm.Plan plan = plan(List.of("-Xmx512m"), "--input=" + input).orElseThrow();

        assertThat(plan.draft()).as("a large run writes no archive").isNull();
        assertThat(plan.command()).containsSubsequence("-Xmx512m", "-Dcellcompare.tuned-jvm=child", "-XX:FreqInlineSize=100",
                        "-XX:InlineSmallCode=1000", "-XX:MaxInlineLevel=6", "-XX:SharedArchiveFile=" + archive().file(), "-jar")
                .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void aMonthlyFileOnTheQuickCompilerHasNoUseForC2sInlining() throws IOException {
        offerings(300 * 1024);

        TunedJvm.Plan plan = plan(List.of(), "--input=" + input).orElseThrow();

        assertThat(plan.command()).contains("-XX:TieredStopAtLevel=1").doesNotContainAnyElementsOf(TunedJvm.LEANER_C2);
    }

    @Test
    void onlyARunOfAMonthlyFilesSizeWritesTheArchive() throws IOException {
        offerings(ClassDataArchive.WRITTEN_BY_RUNS_UNDER_KB * 1024);

        TunedJvm.Plan plan = plan(List.of(), "--input=" + input).orElseThrow();

        assertThat(plan.draft()).isNull();
        assertThat(plan.command()).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theUsersOwnCompilerLevelWins() throws IOException {
        offerings(100);

        TunedJvm.Plan plan = plan(List.of("-XX:TieredStopAtLevel=4"), "--input=" + input).orElseThrow();

        assertThat(plan.command()).contains("-XX:TieredStopAtLevel=4").doesNotContain("-XX:TieredStopAtLevel=1")
                .containsAll(TunedJvm.LEANER_C2);
    }

    @Test
    void aUserOnTheQuickCompilerGetsNoC2Options() throws IOException {
        offerings(QuickCompiler.SMALL_OFFERINGS_KB * 1024);

        TunedJvm.Plan plan = plan(List.of("-XX:TieredStopAtLevel=1"), "--input=" + input).orElseThrow();

        assertThat(plan.command()).containsOnlyOnce("-XX:TieredStopAtLevel=1").doesNotContainAnyElementsOf(TunedJvm.LEANER_C2);
    }

    @Test
    void keepingC2WhateverTheSizeStillKeepsIt() throws IOException {
        offerings(100);
        System.setProperty("cellcompare.quick-compiler", "false");
        try {
            TunedJvm.Plan plan = plan(List.of("-Dcellcompare.quick-compiler=false"), "--input=" + input).orElseThrow();

            assertThat(plan.command()).contains("-Dcellcompare.quick-compiler=false")
                    .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
        } finally {
            System.clearProperty("cellcompare.quick-compiler");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Xmx2g", "-Xms64m", "-Xss2m", "-Dfile.encoding=UTF-8", "-XX:MaxRAMPercentage=50",
            "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-XX:+HeapDumpOnOutOfMemoryError",
            "-XX:HeapDumpPath=/tmp/dumps"})
    void memoryCollectorAndPropertiesArePassedOn(String option) throws IOException {
        offerings(100);

        assertThat(plan(List.of(option), "--input=" + input)).hasValueSatisfying(plan -> assertThat(plan.command()).contains(option));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/opt/agent.jar",
            "-agentpath:/tmp/libasyncProfiler.so=start", "-XX:StartFlightRecording=filename=run.jfr", "-Xlog:gc:gc.log",
            "-XX:+PrintCompilation", "-Xshare:off", "-XX:SharedArchiveFile=mine.jsa", "-verbose:class", "-Xint"})
    void aJvmSomeoneIsWatchingRunsTheMonthItself(String option) throws IOException {
        offerings(100);

        assertThat(plan(List.of("-Xmx512m", option), "--input=" + input)).isEmpty();
    }

    private Optional<TunedJvm.Plan> plan(List<String> jvmOptions, String... args) throws IOException {
        return TunedJvm.plan(jvmOptions, jar, Options.parse(args), archive(), args);
    }

    private ClassDataArchive archive() throws IOException {
        return ClassDataArchive.forJar(jar, RUNTIME);
    }

    /** A sparse file: its size without writing its bytes. */
    private void offerings(long bytes) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(input.resolve("offerings/survey.xlsx").toFile(), "rw")) {
            file.setLength(bytes);
        }
    }
}
