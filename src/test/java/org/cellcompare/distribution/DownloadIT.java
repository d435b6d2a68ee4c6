package org.cellcompare.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.support.Download;
import org.cellcompare.support.ForkedRun;
import org.cellcompare.support.GeneratedOfferings;
import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.Shell;
import org.cellcompare.support.TestFiles;

/**
 * The download as a nonprofit gets it: {@code target/cellcompare-VERSION.zip} unzipped into an
 * empty folder, run by its own script in a shell that has nothing but a Java runtime.
 */
class DownloadIT {

    @TempDir
    Path home;

    private Path folder;
    private Shell shell;

    @BeforeEach
    void unzip() throws Exception {
        folder = Download.unzipInto(home.resolve("downloads"));
        shell = Shell.withOnlyJava(folder, home);
    }

    @Test
    void holdsWhatTheGuidesPromise() {
        for (String file : new String[] {"cellcompare", "cellcompare.cmd", "cellcompare.jar", "README.txt",
                "offerings-template.xlsx", "plantilla-ofertas.xlsx", "docs/analysts.md", "docs/nonprofits.md",
                "docs/families.md", "input/README.md", "input/rates/eurofxref-hist.zip", "input/registry/ctg-studies.csv"}) {
            assertThat(folder.resolve(file)).as(file).isRegularFile();
        }
        assertThat(folder.resolve("lib")).as("the libraries cellcompare.jar names in its manifest")
                .isDirectoryContaining("glob:**/poi-ooxml-*.jar").isDirectoryContaining("glob:**/spring-batch-core-*.jar")
                .isDirectoryContaining("glob:**/h2-*.jar");
        assertThat(folder.resolve("input/offerings")).isDirectoryContaining("glob:**.xlsx")
                .isDirectoryContaining("glob:**.xls").isDirectoryContaining("glob:**.csv");
        assertThat(Files.isExecutable(folder.resolve("cellcompare"))).as("the script is executable once unzipped").isTrue();
    }

    @Test
    void theScriptRunsTheSampleAndWritesTheWorkbook() throws Exception {
        Shell.Result run = shell.run("./cellcompare --month=2026-11");

        assertThat(run.exitStatus()).as(run.output()).isZero();
        Path workbook = folder.resolve("output/cellcompare-2026-11.xlsx");
        assertThat(run.output()).contains("Workbook written: " + workbook);
        try (OpenedWorkbook opened = OpenedWorkbook.open(workbook)) {
            assertThat(opened.sheetNames()).startsWith("Read me first", "Summary", "Registered trials", "Commercial clinics");
            assertThat(opened.table("Registered trials").size() + opened.table("Commercial clinics").size())
                    .as("the sample's 44 rows less 2 left out and 2 merged").isEqualTo(40);
            assertThat(opened.lines("Read me first")).anyMatch(line -> line.contains("Made by CellCompare " + Download.version()));
        }
    }

    @Test
    void theScriptFindsItsFoldersFromAnywhere() throws Exception {
        Shell.Result run = Shell.withOnlyJava(home, home).run("downloads/cellcompare-" + Download.version() + "/cellcompare --month=2026-10");

        assertThat(run.exitStatus()).as(run.output()).isZero();
        assertThat(folder.resolve("output/cellcompare-2026-10.xlsx")).isRegularFile();
    }

    @Test
    void versionNamesTheBuild() throws Exception {
        Shell.Result run = shell.run("./cellcompare --version");

        assertThat(run.exitStatus()).isZero();
        assertThat(run.output().strip()).isEqualTo("CellCompare " + Download.version());
    }

    @Test
    void withoutJavaTheScriptSaysWhatToInstall() throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin-without-java"));
        Files.createSymbolicLink(bin.resolve("dirname"), Path.of("/usr/bin/dirname"));

        Shell.Result run = shell.with("PATH", bin.toString()).run("./cellcompare");

        assertThat(run.exitStatus()).isEqualTo(3);
        assertThat(run.output()).contains("CellCompare needs Java 17 or later");
    }

    @Test
    void theScriptRunsAMonthlyFileOnTheQuickCompilerAndAPooledMillionRowsOnTheFullOne() throws Exception {
        Path javaHome = home.resolve("java-that-echoes");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"java $*\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Shell echoing = shell.with("JAVA_HOME", javaHome.toString());
        Path pooled = Files.createDirectories(home.resolve("pooled/offerings"));
        Files.write(pooled.resolve("every-listing.csv"), new byte[26 * 1024 * 1024]);

        assertThat(echoing.run("./cellcompare").output()).startsWith("java -XX:TieredStopAtLevel=1 -jar ");
        assertThat(echoing.run("./cellcompare --input=" + pooled.getParent()).output()).startsWith("java -jar ");
        assertThat(echoing.with("CELLCOMPARE_JAVA_OPTS", "-Xmx2g").run("./cellcompare").output()).startsWith("java -Xmx2g -jar ");
        assertThat(echoing.with("CELLCOMPARE_JAVA_OPTS", "").run("./cellcompare").output()).startsWith("java -jar ");
    }

    @Test
    void javaDashJarRunsAMonthlyFileWithoutTheOptimizingCompiler() throws Exception {
        String excluded = "excluded by CompileCommand";

        Shell.Result quick = shell.run("java -XX:+PrintCompilation -jar cellcompare.jar --month=2026-11 --output=quick");
        Shell.Result full = shell.run("java -Dcellcompare.quick-compiler=false -XX:+PrintCompilation -jar cellcompare.jar"
                + " --month=2026-11 --output=full");

        assertThat(quick.exitStatus()).as(quick.output()).isZero();
        assertThat(quick.output()).as("C2 turned away once the directive is in").contains(excluded);
        assertThat(full.exitStatus()).as(full.output()).isZero();
        assertThat(full.output()).doesNotContain(excluded).containsPattern("(?m)^\\s+\\d+\\s+\\d+\\s+[%sbn!]*\\s+4\\s+");
        assertThat(folder.resolve("quick/cellcompare-2026-11.xlsx")).isRegularFile();
    }

    @Test
    void javaDashJarRunsTheMonthInATunedJvmThatArchivesItsClassesForTheNextRun() throws Exception {
        Path jar = folder.resolve("cellcompare.jar");
        assertThat(archives()).as("a download ships none: an archive fits only the Java that made it").isEmpty();

        Shell.Result first = shell.run("java -Xmx512m -jar cellcompare.jar --month=2026-11 --output=tuned");

        assertThat(first.exitStatus()).as(first.output()).isZero();
        assertThat(first.output()).as("the tuned JVM writes to the same terminal")
                .contains("Workbook written: " + folder.resolve("tuned/cellcompare-2026-11.xlsx"));
        List<Path> written = archives();
        assertThat(written).as("the first monthly run writes one next to the jar").hasSize(1);
        FileTime writtenAt = Files.getLastModifiedTime(written.get(0));

        Shell.Result mapped = shell.run("java -Xshare:on -XX:SharedArchiveFile=" + written.get(0) + " -jar " + jar + " --version");
        assertThat(mapped.exitStatus()).as("Java maps it for this jar, or refuses to start: " + mapped.output()).isZero();

        Shell.Result second = shell.run("java -Xmx512m -jar cellcompare.jar --month=2026-10 --output=tuned");
        assertThat(second.exitStatus()).as(second.output()).isZero();
        assertThat(archives()).containsExactly(written.get(0));
        assertThat(Files.getLastModifiedTime(written.get(0))).as("used, not written again").isEqualTo(writtenAt);

        Shell.Result wrong = shell.run("java -jar cellcompare.jar --month=November --output=tuned");
        assertThat(wrong.exitStatus()).as("the tuned JVM's exit status is the command's: " + wrong.output()).isEqualTo(2);
        assertThat(wrong.output()).contains("November");
    }

    @Test
    void aLauncherKilledOutrightTakesItsRunWithIt() throws Exception {
        Path input = TestFiles.copySample(home.resolve("pooled"));
        GeneratedOfferings.csv(input.resolve("offerings/generated.csv"), 15_000, 42);
        Path output = home.resolve("killed");

        try (ForkedRun run = ForkedRun.startJar(folder.resolve("cellcompare.jar"), "512m", "--input=" + input,
                "--output=" + output, "--month=2026-11", "--cellcompare.ingest.chunk-size=200",
                "--cellcompare.ingest.progress-seconds=0")) {
            assertThat(run.awaitLine(line -> line.contains("Reading offerings:"), 240)).as(run.output()).isTrue();
            ProcessHandle tuned = run.children().findFirst().orElseThrow();

            run.kill();

            assertThat(tuned.onExit()).as("the tuned JVM stops once its launcher is gone").succeedsWithin(Duration.ofSeconds(15));
        }
        assertThat(output.resolve("cellcompare-2026-11.xlsx")).as("stopped, not finished").doesNotExist();
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("cellcompare-.*\\.jsa")).toList();
        }
    }

    @Test
    void theWindowsScriptHasWindowsLineEndsAndRunsTheSameJar() throws Exception {
        String script = Files.readString(folder.resolve("cellcompare.cmd"), StandardCharsets.UTF_8);

        assertThat(script.split("\r\n", -1)).as("every line ends in CR LF").allSatisfy(line -> assertThat(line).doesNotContain("\n"));
        assertThat(script).contains("-jar \"%HERE%cellcompare.jar\" \"--input=%HERE%input\" \"--output=%HERE%output\" %*")
                .contains("set \"OPTS=-XX:TieredStopAtLevel=1\"").contains("if defined CELLCOMPARE_JAVA_OPTS goto run");
    }

    @Test
    void theTemplatesOpenWithTheirHeaders() throws Exception {
        try (OpenedWorkbook english = OpenedWorkbook.open(folder.resolve("offerings-template.xlsx"));
             OpenedWorkbook spanish = OpenedWorkbook.open(folder.resolve("plantilla-ofertas.xlsx"))) {
            String englishSheet = english.sheetNames().get(0);
            assertThat(english.lines(englishSheet)).anyMatch(line -> line.contains("Provider") && line.contains("Registration"));
            assertThat(spanish.lines(spanish.sheetNames().get(0))).isNotEmpty();
        }
    }
}
