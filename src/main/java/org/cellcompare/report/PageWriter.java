package org.cellcompare.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateOutputException;

/**
 * Writes the month's web page with Thymeleaf, from {@code templates/report-page.html}. The engine
 * escapes every value it writes, and the template never asks it not to, so a provider named
 * {@code <script>} is shown as text. The page goes to a part file beside the workbook's, to be put
 * in place with it.
 */
public class PageWriter {

    private static final String TEMPLATE = "report-page";

    private final ITemplateEngine engine;
    private final WorkbookOutput output;

    public PageWriter(ITemplateEngine engine, WorkbookOutput output) {
        this.engine = engine;
        this.output = output;
    }

    /** Writes the page into the work folder and returns the part file, complete. */
    Path write(PageContent content, ReportContext context) throws IOException {
        Path partial = context.workFolder().resolve(context.page().getFileName() + ".part");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(output.open(partial), StandardCharsets.UTF_8), 1 << 16)) {
            engine.process(TEMPLATE, new Context(context.locale(), Map.of("page", content)), out);
        } catch (TemplateOutputException e) {
            Files.deleteIfExists(partial);
            if (e.getCause() instanceof IOException io) {
                throw pageNotWritten(context, io);
            }
            throw e;
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw pageNotWritten(context, e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return partial;
    }

    /**
     * Starts writing the page on one of {@code threads}, so it takes the second core while this one
     * finishes the workbook: a template engine's first page costs a second or more of a cold JVM.
     */
    Pending start(PageContent content, ReportContext context, Executor threads) {
        return new Pending(CompletableFuture.supplyAsync(() -> {
            try {
                return write(content, context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, threads));
    }

    /** A page being written: its part file once it is whole, or why it is not. */
    record Pending(CompletableFuture<Path> written) {

        /** Waits for the page and returns its part file, or throws what stopped it. */
        Path await() throws IOException {
            try {
                return written.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        /**
         * When the workbook failed: waits for the page to end and deletes its part file. A page
         * that failed has deleted its own.
         */
        void discard() throws IOException {
            try {
                Files.deleteIfExists(written.join());
            } catch (CompletionException e) {
                // the page failed as well, and left nothing behind
            }
        }
    }

    /** The failure, naming the page: the run's message names the workbook, which would otherwise be blamed. */
    private static IOException pageNotWritten(ReportContext context, IOException cause) {
        return new IOException("the web page " + context.page() + ": " + cause.getMessage(), cause);
    }
}
