package org.cellcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which runs leave the optimizing compiler out: the effect itself is checked on the jar, in DownloadIT. */
class QuickCompilerTests {

    @TempDir
    Path offerings;

    @Test
    void offeringsJustUnder25000KbAreSmall() throws IOException {
        sized("survey.xlsx", 20_000 * 1024L);
        sized("partners.csv", 5_000 * 1024L - 1);

        assertThat(QuickCompiler.isSmall(offerings)).isTrue();
    }

    @Test
    void offeringsOf25000KbTogetherAreNotSmall() throws IOException {
        sized("survey.xlsx", 20_000 * 1024L);
        sized("partners.csv", 5_000 * 1024L);

        assertThat(QuickCompiler.isSmall(offerings)).isFalse();
    }

    @Test
    void filesInSubfoldersAreNotReadSoDoNotCount() throws IOException {
        Files.createDirectories(offerings.resolve("last-year"));
        sized("last-year/everything.csv", 30_000 * 1024L);
        sized("survey.xlsx", 100);

        assertThat(QuickCompiler.isSmall(offerings)).isTrue();
    }

    @Test
    void aMissingFolderIsSmallAsTheRunStopsAtOnceWithItsOwnMessage() {
        assertThat(QuickCompiler.isSmall(offerings.resolve("absent"))).isTrue();
    }

    /** A sparse file: its size without writing its bytes. */
    private void sized(String name, long bytes) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(offerings.resolve(name).toFile(), "rw")) {
            file.setLength(bytes);
        }
    }
}
