package org.cellcompare.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import org.cellcompare.ingest.InputTemplate;
import org.cellcompare.ingest.OfferingColumn;
import org.cellcompare.normalize.TemplateChoices;
import org.cellcompare.report.Bundles;

/** {@code --template=FILE.xlsx}: writes the offerings template, with notes in the chosen language. */
final class TemplateCommand {

    private TemplateCommand() {
    }

    static Path write(Path file, Locale locale) throws IOException {
        Path target = file.toAbsolutePath().normalize();
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
                messages.getMessage("template.notListed", null, locale));
        InputTemplate.write(target, texts, TemplateChoices.all());
        return target;
    }
}
