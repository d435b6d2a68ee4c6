package org.cellcompare.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cellcompare.rank.Section;
import org.cellcompare.rank.ShownOffering;
import org.cellcompare.report.RankedSheet.RankedLine;

/**
 * "Compare offers", the sheet made for families: every ranked offering, registered trials first
 * as a block of their own and then commercial clinics, in the ranked sheets' order. Eight columns,
 * each answering a family's question: who and where, what is given, what a course costs (in the
 * reporting currency), what the whole trip may cost and what that counts, the price as the
 * provider wrote it, how worrying and why, and where to check (the registry record, the source). No flag codes and no input references. Columns are narrow
 * enough to read on a phone, the text wraps, and the sheet prints across the page at close to full
 * size. It is written row for row as the ranked sheets are, from the same lines.
 */
final class FamilySheet {

    /** The title row, then the header that is frozen and printed on every page. */
    static final int HEADER_ROW = 1;
    static final List<Integer> WIDTHS = List.of(18, 20, 11, 19, 13, 24, 14, 14);
    private static final int LABELS_KEPT = 10_000;

    private final ReportText text;
    private final ReportStyles styles;
    private final SheetWriter out;
    private final TripWords trips;
    private final Map<String, String> labels = new HashMap<>();
    private int inSection;

    FamilySheet(SheetTarget sheet, ReportText text, ReportStyles styles, ReportContext context) {
        this.text = text;
        this.styles = styles;
        this.out = new SheetWriter(sheet, styles, WIDTHS);
        this.trips = new TripWords(text, context.currency());
        out.row().across(WIDTHS.size(), text.get("family.title", context.month().toString(), context.currency()),
                styles.lead);
        out.headers(List.of(text.get("family.column.who"), text.get("family.column.what"),
                text.get("family.column.cost", context.currency()), text.get("family.column.trip", context.currency()),
                text.get("family.column.priceAsWritten"),
                text.get("family.column.concern"), text.get("family.column.registry"), text.get("family.column.source")));
    }

    /** The block's title; its offerings follow. */
    void start(Section section) {
        out.row().across(WIDTHS.size(), text.get("family.section." + section.name()), styles.block);
        inSection = 0;
    }

    void add(RankedLine line) {
        ShownOffering shown = line.row().shown();
        out.row().wrapped(lines(shown.provider(), place(shown.city(), line.country())))
                .wrapped(lines(shown.program(), labelled("family.cells", line.cellSource()),
                        labelled("family.route", line.routes())));
        if (shown.reportingAmount() != null) {
            out.number(shown.reportingAmount(), styles.money);
        } else {
            out.wrapped(line.courseCostInWords() != null ? line.courseCostInWords() : text.get("family.noCost"));
        }
        out.wrapped(trips.forFamilies(shown.trip(), line.tripCovers()))
                .wrapped(shown.priceText())
                .text(line.why(), styles.concernAndWhy(line.row().concern()));
        if (line.registrationIds() == null) {
            out.wrapped(text.get("family.notRegistered"));
        } else {
            out.wrappedLink(line.registrationIds(), line.registrationLink());
        }
        out.wrappedLink(sourceLabel(shown.sourceText()), shown.sourceLink());
        inSection++;
    }

    /** "City, Country", or whichever of the two is known. */
    static String place(String city, String country) {
        if (city == null || country == null) {
            return city == null ? country : city;
        }
        return city + ", " + country;
    }

    /** Says so when the block is empty. */
    void end(Section section) {
        if (inSection == 0) {
            out.row().across(WIDTHS.size(), text.get(section == Section.TRIAL ? "ranked.noTrials" : "ranked.noClinics"),
                    styles.wrapped);
        }
    }

    /** The header repeats on every printed page; no filter, which would mix the two blocks. */
    void finish() {
        out.headerOnEveryPage(HEADER_ROW);
    }

    /**
     * A web address is shown as its site, which fits a phone's column and says whose page it is;
     * the link keeps the whole address. Other text, such as "Clinic brochure", stays as written.
     * Read by hand rather than with {@link java.net.URI}: it runs for every row, and an address
     * that is no link is still shown, whole.
     */
    static String sourceLabel(String source) {
        if (source == null) {
            return null;
        }
        int start = source.startsWith("https://") ? 8 : source.startsWith("http://") ? 7 : -1;
        if (start < 0) {
            return source;
        }
        int end = start;
        while (end < source.length() && "/?#".indexOf(source.charAt(end)) < 0) {
            end++;
        }
        String host = source.substring(Math.max(start, source.lastIndexOf('@', end - 1) + 1), end);
        int port = host.lastIndexOf(':');
        host = port > 0 && host.indexOf(']') < port ? host.substring(0, port) : host;
        host = host.startsWith("www.") ? host.substring(4) : host;
        return host.isEmpty() ? source : host;
    }

    /**
     * "Cells: ..." and "Given: ...", worded once per distinct value rather than once a row. Most
     * rows share a few dozen; values quoting what a provider wrote are many, so only so many are kept.
     */
    private String labelled(String key, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String both = key + '\u0000' + value;
        String worded = labels.get(both);
        if (worded == null) {
            worded = text.get(key, value);
            if (labels.size() < LABELS_KEPT) {
                labels.put(both, worded);
            }
        }
        return worded;
    }

    /** The parts that are there, one per line. */
    private static String lines(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.append(joined.isEmpty() ? "" : "\n").append(part);
            }
        }
        return joined.toString();
    }
}
