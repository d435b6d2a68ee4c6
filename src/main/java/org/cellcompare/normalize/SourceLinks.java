package org.cellcompare.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Decides which addresses may become clickable links: only http and https. "javascript:",
 * "file:", "data:" and UNC paths stay text, so a workbook can never run or open something local.
 */
public final class SourceLinks {

    private SourceLinks() {
    }

    /**
     * Whether an address may be written as a link as it is: one {@link #safeLink} gave, or a
     * registry's own. The sheets ask this rather than parse every address again (a URI parse per
     * row): only the scheme makes a link unsafe, and {@code safeLink}
     * writes it in lower case, followed by its host.
     */
    public static boolean isSafeLink(String address) {
        return address != null && (address.startsWith("https://") || address.startsWith("http://"));
    }

    /** A safe http(s) address for the text, or null when it must not be linked. */
    public static String safeLink(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.regionMatches(true, 0, "www.", 0, 4)) {
            t = "https://" + t;
        }
        try {
            URI uri = new URI(t);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            if (!web || uri.getHost() == null || uri.getHost().isBlank()) {
                return null;
            }
            return scheme + uri.toASCIIString().substring(scheme.length());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
