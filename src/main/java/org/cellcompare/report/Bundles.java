package org.cellcompare.report;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The message bundles, set up as application.yml sets them up for Spring, for use outside a Spring context. */
public final class Bundles {

    /** The languages the workbook speaks. */
    public static final Set<String> LANGUAGES = Set.of("en", "es");

    private Bundles() {
    }

    public static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /** English unless Spanish is asked for; the bundles have no other language. */
    public static Locale locale(String language) {
        return "es".equals(language) ? new Locale("es") : Locale.ENGLISH;
    }
}
