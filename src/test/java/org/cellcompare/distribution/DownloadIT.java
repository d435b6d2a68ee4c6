package org.cellcompare.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cellcompare.support.Download;
import org.cellcompare.support.OpenedWorkbook;
import org.cellcompare.support.Shell;

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
        for (String file : new String[] {"cellcompare", "cellcompare.cmd", "jvm.options", "cellcompare.jar", "README.txt",
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
            assertThat(opened.sheetNames()).startsWith("Read me first", "Compare offers", "Summary", "Registered trials", "Commercial clinics");
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
    void theScriptGivesJavaTheOptionsFileAndTheUsersOwnOptionsAfterIt() throws Exception {
        Shell echoing = withJavaThatEchoes();
        String options = "@" + folder.resolve("jvm.options");

        assertThat(echoing.run("./cellcompare").output())
                .startsWith("java " + options + " -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit=")
                .contains(" -Xlog:cds+dynamic=off -jar ");
        assertThat(echoing.with("CELLCOMPARE_JAVA_OPTS", "-Xmx2g").run("./cellcompare").output())
                .startsWith("java " + options + " ").contains(" -Xmx2g -jar ");
    }

    @Test
    void aPooledFileAboveTheSizeTheOptionsFileNamesKeepsTheOptimizingCompiler() throws Exception {
        Shell echoing = withJavaThatEchoes();
        assertThat(Files.readAllLines(folder.resolve("jvm.options"))).contains("# quick-compiler-below-kb=25000");
        Path pooled = Files.createDirectories(home.resolve("pooled/offerings"));
        Files.write(pooled.resolve("every-listing.csv"), new byte[26 * 1024 * 1024]);

        assertThat(echoing.run("./cellcompare --input=" + pooled.getParent()).output())
                .contains(" -XX:TieredStopAtLevel=4 ").doesNotContain("TieredStopAtLevel=1");
    }

    @Test
    void theScriptRunsWithTheOptionsInItsFileAndLaterRunsMapTheClassesTheFirstArchived() throws Exception {
        assertThat(archives()).as("a download ships none: an archive fits only the Java that made it").isEmpty();

        Shell.Result first = shell.run("./cellcompare --month=2026-11 --output=first");

        assertThat(first.exitStatus()).as(first.output()).isZero();
        assertThat(folder.resolve("first/cellcompare-2026-11.xlsx")).isRegularFile();
        List<Path> written = archives();
        assertThat(written).as("the first run writes one next to the jar").hasSize(1);
        FileTime writtenAt = Files.getLastModifiedTime(written.get(0));
        Shell.Result mapped = shell.run("java -Xshare:on -XX:SharedArchiveFile=" + written.get(0) + " -jar cellcompare.jar --version");
        assertThat(mapped.exitStatus()).as("Java maps it for this jar, or refuses to start: " + mapped.output()).isZero();

        Shell.Result second = shell.with("CELLCOMPARE_JAVA_OPTS", "-XX:+PrintFlagsFinal").run("./cellcompare --version");
        assertThat(second.output()).containsPattern("TieredStopAtLevel\\s+= 1\\s.*command line")
                .containsPattern("MaxInlineLevel\\s+= 6\\s.*command line")
                .containsPattern("SharedArchiveFile\\s+= \\S*cellcompare-\\d+\\.jsa");
        assertThat(archives()).containsExactly(written.get(0));
        assertThat(Files.getLastModifiedTime(written.get(0))).as("used, not written again").isEqualTo(writtenAt);
    }

    /** The launchers, run with a "java" that prints its command line instead of running it. */
    private Shell withJavaThatEchoes() throws IOException {
        Path javaHome = home.resolve("java-that-echoes");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"java $*\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return shell.with("JAVA_HOME", javaHome.toString());
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
                .contains("\"%JAVA%\" \"@%HERE%jvm.options\" \"%COMPILER%\" \"%CDS%\" -Xlog:cds=off -Xlog:cds+dynamic=off"
                        + " %CELLCOMPARE_JAVA_OPTS% -jar")
                .contains("findstr /b /c:\"# quick-compiler-below-kb=\"");
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
