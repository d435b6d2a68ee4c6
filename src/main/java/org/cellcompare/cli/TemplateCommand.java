package org.cellcompare.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import org.cellcompare.cli.Options.UsageException;
import org.cellcompare.ingest.InputTemplate;
import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.normalize.TemplateChoices;
import org.cellcompare.report.Bundles;

/** {@code --template=FILE.xlsx}: writes the offerings template, with notes in the chosen language. */
final class TemplateCommand {

    private TemplateCommand() {
    }

    /**
     * Writes the template to {@code file}, which must be named {@code .xlsx}, since that is what it
     * is; an existing file is replaced only when {@code replace} says so.
     */
    static Path write(Path file, Locale locale, boolean replace) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        if (Files.isDirectory(target)) {
            throw new UsageException(target + " is a folder; give the template a file name, e.g. --template="
                    + target.resolve("offerings-template.xlsx") + ".");
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException("The template is an Excel workbook, so its name must end in .xlsx: --template="
                    + target.resolveSibling(name.replaceFirst("\\.[^.]*$", "") + ".xlsx") + ".");
        }
        if (Files.exists(target) && !replace) {
            throw alreadyThere(target);
        }
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        MessageSource messages = Bundles.messages();
        Map<OfferingColumn, String> example = new EnumMap<>(OfferingColumn.class);
        for (OfferingColumn column : OfferingColumn.values()) {
            example.put(column, messages.getMessage("template.example." + column.name(), null, "", locale));
        }
        InputTemplate.Texts texts = new InputTemplate.Texts(messages.getMessage("template.sheet", null, locale),
                messages.getMessage("template.title", null, locale), messages.getMessage("template.instructions", null, locale),
                column -> messages.getMessage("template.header." + column.name(), null, locale),
                column -> messages.getMessage("template.note." + column.name(), null, locale), example,
                messages.getMessage("template.notListed", null, locale), messages.getMessage("template.listsSheet", null, locale));
        try {
            InputTemplate.write(target, texts, TemplateChoices.all(), replace);
        } catch (FileAlreadyExistsException e) {
            throw alreadyThere(target);
        }
        return target;
    }

    private static UsageException alreadyThere(Path target) {
        return new UsageException(target + " already exists; choose another name, or add --force to replace it.");
    }
}
