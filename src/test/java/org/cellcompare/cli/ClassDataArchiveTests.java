package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which archive belongs to which jar and Java, and how a new one takes an old one's place. */
class ClassDataArchiveTests {

    private static final String RUNTIME = "/usr/lib/jvm/java-17|17.0.17+10";

    @TempDir
    Path folder;

    private Path jar;

    @BeforeEach
    void jarWithTwoLibraries() throws IOException {
        jar = folder.resolve("cellcompare.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/poi-5.4.1.jar lib/h2-2.3.232.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is all a launcher reads
        }
        Files.createDirectories(folder.resolve("lib"));
        Files.write(folder.resolve("lib/poi-5.4.1.jar"), new byte[100]);
        Files.write(folder.resolve("lib/h2-2.3.232.jar"), new byte[200]);
    }

    @Test
    void liesNextToTheJarUnderAFingerprintOfJavaAndTheJars() throws IOException {
        ClassDataArchive archive = ClassDataArchive.forJar(jar, RUNTIME);

        assertThat(archive.file().getParent()).isEqualTo(folder.toAbsolutePath());
        assertThat(archive.file().getFileName().toString()).matches("cellcompare-[0-9a-f]{8}\\.jsa");
        assertThat(ClassDataArchive.forJar(jar, RUNTIME).file()).as("the same jars and Java").isEqualTo(archive.file());
        assertThat(archive.exists()).isFalse();
    }

    @Test
    void anotherJavaOrAChangedLibraryNeedsAnotherArchive() throws IOException {
        Path before = ClassDataArchive.forJar(jar, RUNTIME).file();

        assertThat(ClassDataArchive.forJar(jar, "/usr/lib/jvm/java-17|17.0.18+8").file()).isNotEqualTo(before);

        Files.write(folder.resolve("lib/h2-2.3.232.jar"), new byte[201]);
        Path resized = ClassDataArchive.forJar(jar, RUNTIME).file();
        assertThat(resized).as("a library's size").isNotEqualTo(before);

        Files.setLastModifiedTime(folder.resolve("lib/poi-5.4.1.jar"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(ClassDataArchive.forJar(jar, RUNTIME).file()).as("a library's time").isNotEqualTo(resized);
    }

    @Test
    void aFinishedDraftTakesThePlaceOfEarlierReleasesArchives() throws IOException {
        ClassDataArchive archive = ClassDataArchive.forJar(jar, RUNTIME);
        Path earlier = Files.write(folder.resolve("cellcompare-0badc0de.jsa"), new byte[10]);
        Path otherRunsDraft = Files.write(folder.resolve("cellcompare-draft-1-2.jsa"), new byte[10]);
        Path abandonedDraft = Files.write(folder.resolve("cellcompare-draft-3-4.jsa"), new byte[10]);
        Files.setLastModifiedTime(abandonedDraft, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path unrelated = Files.write(folder.resolve("notes.jsa"), new byte[10]);
        Path draft = archive.draft();
        Files.write(draft, new byte[] {1, 2, 3});

        archive.install(draft);

        assertThat(archive.exists()).isTrue();
        assertThat(Files.readAllBytes(archive.file())).containsExactly(1, 2, 3);
        assertThat(draft).doesNotExist();
        assertThat(earlier).doesNotExist();
        assertThat(abandonedDraft).doesNotExist();
        assertThat(otherRunsDraft).as("perhaps still being written").exists();
        assertThat(unrelated).exists();
    }

    @Test
    void aDraftThatNeverCameLeavesNothingBehind() throws IOException {
        ClassDataArchive archive = ClassDataArchive.forJar(jar, RUNTIME);

        archive.install(archive.draft());

        assertThat(archive.exists()).isFalse();
        try (var files = Files.list(folder)) {
            assertThat(files.filter(file -> file.toString().endsWith(".jsa"))).isEmpty();
        }
    }

    @Test
    void everyDraftHasANameOfItsOwn() throws IOException {
        ClassDataArchive archive = ClassDataArchive.forJar(jar, RUNTIME);

        assertThat(archive.draft()).isNotEqualTo(archive.draft());
    }
}
