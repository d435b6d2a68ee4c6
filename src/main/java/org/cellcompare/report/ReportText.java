package org.cellcompare.report;

import java.util.Locale;

import org.springframework.context.MessageSource;

import org.cellcompare.normalize.CellSource;
import org.cellcompare.normalize.Route;
import org.cellcompare.rank.ConcernLevel;
import org.cellcompare.rank.Flag;

/** Every word a family reads in the workbook comes from the message bundles, in the report's language. */
final class ReportText {

    private final MessageSource messages;
    private final Locale locale;

    ReportText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The message, or null when the bundle has no such key (numbered paragraphs end that way). */
    String find(String key, Object... args) {
        return messages.getMessage(key, args, null, locale);
    }

    String flagTitle(Flag flag) {
        return get("flag." + flag.name() + ".title");
    }

    String flagText(Flag flag) {
        return get("flag." + flag.name() + ".text");
    }

    String concern(ConcernLevel level) {
        return get("concern." + level.name());
    }

    String cellSource(CellSource source) {
        return get("cellSource." + source.name());
    }

    String route(Route route) {
        return get("route." + route.name());
    }

    String severity(Flag.Severity severity) {
        return get("severity." + severity.name());
    }
}
