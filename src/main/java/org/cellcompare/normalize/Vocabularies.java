package org.cellcompare.normalize;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cellcompare.normalize.CellSource.CellOrigin;
import org.cellcompare.text.Folding;
import org.cellcompare.text.Memo;

/**
 * The controlled vocabularies for cell source, origin, route, regulatory status and "patient
 * pays", in English and Spanish, with the abbreviations clinicians use (IV, IT, LP, UC-MSC,
 * BMMNC, SVF...). Matching works on folded text, so accents and punctuation do not matter.
 */
public final class Vocabularies {

    private static final Pattern CORD_BLOOD = words("cord blood|ucb|hucb|sangre de cordon|sangre del cordon|sangre de cordon umbilical|cbu|cord blood units?");
    private static final Pattern EMBRYONIC = words("embryonic|embryo|embryos|hesc|hescs|escs?|fetal|foetal|fetus|embrionari\\w*|fetales|aborted");
    private static final Pattern CELL_FREE = words("exosomes?|exosomas?|secretome|secretoma|conditioned medi\\w*|extracellular vesicles?|cell free|acellular|libre de celulas");
    private static final Pattern NEURAL = words("neural stem|neural progenitor\\w*|neural precursor\\w*|nscs?|npcs?|olfactory ensheathing|neurales|progenitores neurales|neuronal stem");
    private static final Pattern PLACENTAL = words("placenta\\w*|amnio\\w*|amnion|chorion\\w*");
    private static final Pattern ADIPOSE = words("adipose|fat derived|fat|svf|stromal vascular fraction|ad msc|ad mscs|adsc|adscs|adipos\\w*|grasa|lipoaspirate|lipoaspirado");
    private static final Pattern CORD = words("uc msc|uc mscs|ucmsc|ucmscs|hucmsc|umbilical cord|umbilical|wharton\\w*|cord tissue|cordon umbilical|cordon");
    private static final Pattern BONE_MARROW_MSC = words("(?:bone marrow|bm|medula osea)(?: derived)? (?:mesenchymal|msc|mscs|stromal)\\w*|bm msc|bm mscs|bmmsc|bmmscs|bmsc|bmscs|mesenquimales de medula osea");
    private static final Pattern BONE_MARROW_MNC = words("bmmnc|bmmncs|bm mnc|bm mncs|bone marrow mononuclear\\w*|mononuclear\\w*|bone marrow|medula osea|bmac|bone marrow aspirate|mononucleares");
    /** Saying plainly that the source or route is not known is an answer, not a typo. */
    private static final Pattern NOT_STATED = words("unspecified|not specified|not stated|unknown|no especificad[oa]|desconocid[oa]|no indicad[oa]");
    private static final Pattern ANY_STEM_CELL = words("stem cells?|mesenchymal\\w*|mscs?|celulas madre|celulas troncales|mesenquimales|progenitor cells?");

    private static final Pattern AUTOLOGOUS = words("autologous|autologo|autologa|autologos|autologas|own|propias?|propios?|self|patient s own|del paciente");
    private static final Pattern ALLOGENEIC = words("allogeneic|allogenic|allogenico|alogenic\\w*|alogenico\\w*|donor|donors|donated|donante\\w*|donad\\w*|third party");

    private static final Map<Route, Pattern> ROUTES = new LinkedHashMap<>();
    private static final Map<Route, Pattern> ROUTE_ABBREVIATIONS = new LinkedHashMap<>();
    /** Words a route can be written in by abbreviations alone ("IT", "IV and IM"). */
    private static final Set<String> ROUTE_TOKENS = Set.of("iv", "it", "lp", "im", "ia", "in", "sc", "icv", "and", "y",
            "plus", "or", "o");

    static {
        ROUTES.put(Route.INTRAVENOUS, words("intravenous\\w*|intravenos\\w*|endovenos\\w*|infusion|infusions|infusiones|drip|i v|iv"));
        ROUTES.put(Route.INTRATHECAL, words("intrathecal\\w*|intratecal\\w*|lumbar puncture|lumbar|lp|spinal|puncion lumbar|intraspinal|subarachnoid|spinal canal|canal espinal"));
        ROUTES.put(Route.INTRAMUSCULAR, words("intramuscular\\w*|i m"));
        ROUTES.put(Route.INTRA_ARTERIAL, words("intra arterial\\w*|intraarterial\\w*|intrarterial\\w*|carotid|arterial|ia|i a"));
        ROUTES.put(Route.INTRACEREBRAL, words("intracerebral\\w*|intraventricular\\w*|icv|intracerebroventricular|into the brain|brain injection|stereotac\\w*|intracraneal\\w*|intracranial\\w*|estereotac\\w*|intraparenchymal|en el cerebro"));
        ROUTES.put(Route.INTRANASAL, words("intranasal\\w*|nasal\\w*|nose drops|nasal spray"));
        ROUTES.put(Route.SUBCUTANEOUS, words("subcutaneous\\w*|subcutane\\w*|subq|sub q|sc|s c"));
        ROUTE_ABBREVIATIONS.put(Route.INTRATHECAL, Pattern.compile("\\bIT\\b"));
        ROUTE_ABBREVIATIONS.put(Route.INTRAMUSCULAR, Pattern.compile("\\bIM\\b"));
        ROUTE_ABBREVIATIONS.put(Route.INTRANASAL, Pattern.compile("\\bIN\\b"));
    }

    private static final Pattern NOT_REGULATED = words("unregulated|not regulated|no regulation|none|no approval|not approved|unapproved|unlicensed|wellness|medical tourism|sin regulacion|no regulado|no aprobado|sin aprobacion");
    private static final Pattern EXEMPTION = words("exemption|exempt|hospital exemption|special exemption|compassionate\\w*|expanded access|right to try|exencion|uso compasivo|asrm|named patient|special access|physician led|pmda class|act on the safety of regenerative medicine");
    private static final Pattern TRIAL = words("registered trial|clinical trial|trial|study|research|ensayo\\w*|estudio|investigacion|phase");
    private static final Pattern ETHICS_ONLY = words("ethic\\w*|irb|committee|comite|etica");
    private static final Pattern APPROVED = words("approved product|approved|licensed|licenced|authori[sz]ed|marketing authori[sz]ation|aprobado|autorizado|fda approved|registered product");
    private static final Pattern UNKNOWN_STATUS = words("unknown|unclear|not stated|n a|na|desconocido|no se sabe");

    private static final Pattern YES = words("yes|y|si|true|paid|pays|1|x|patient pays|charged|self pay|self funded|de pago|paga");
    private static final Pattern NO = words("no|n|false|free|0|none|gratis|covered|sponsor pays|funded|not charged|no paga|gratuito");

    private Vocabularies() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")\\b");
    }

    /** Cell sources named in a text, with the origin; {@code recognised} is false when the text said nothing known. */
    public record CellSourceReading(Set<CellSource> sources, CellOrigin origin, boolean recognised) {

        public boolean isUnspecified() {
            return sources.contains(CellSource.UNSPECIFIED);
        }
    }

    private static final Memo<CellSourceReading> CELL_SOURCES = new Memo<>(Vocabularies::readCellSources);
    private static final Memo<RouteReading> ROUTE_READINGS = new Memo<>(Vocabularies::readRoutes);
    private static final Memo<RegulatoryStatus> REGULATORY = new Memo<>(Vocabularies::readRegulatoryStatus);
    private static final Memo<PatientPays> PAYS = new Memo<>(Vocabularies::readPatientPays);

    public static CellSourceReading cellSources(String text) {
        return CELL_SOURCES.apply(text);
    }

    private static CellSourceReading readCellSources(String text) {
        String t = Folding.words(text);
        Set<CellSource> sources = EnumSet.noneOf(CellSource.class);
        boolean cordBlood = CORD_BLOOD.matcher(t).find();
        if (EMBRYONIC.matcher(t).find()) {
            sources.add(CellSource.EMBRYONIC_OR_FETAL);
        }
        if (CELL_FREE.matcher(t).find()) {
            sources.add(CellSource.CELL_FREE);
        }
        if (NEURAL.matcher(t).find()) {
            sources.add(CellSource.NEURAL_PROGENITOR);
        }
        if (PLACENTAL.matcher(t).find()) {
            sources.add(CellSource.PLACENTAL_AMNIOTIC);
        }
        if (ADIPOSE.matcher(t).find()) {
            sources.add(CellSource.ADIPOSE_DERIVED);
        }
        if (BONE_MARROW_MSC.matcher(t).find()) {
            sources.add(CellSource.BONE_MARROW_MSC);
        } else if (BONE_MARROW_MNC.matcher(t).find()) {
            sources.add(CellSource.BONE_MARROW_MNC);
        }
        if (!cordBlood && CORD.matcher(t).find()) {
            sources.add(CellSource.UMBILICAL_CORD_MSC);
        }
        CellOrigin stated = statedOrigin(t);
        if (cordBlood) {
            sources.add(stated == CellOrigin.AUTOLOGOUS ? CellSource.AUTOLOGOUS_CORD_BLOOD : CellSource.ALLOGENEIC_CORD_BLOOD);
        }
        boolean recognised = !sources.isEmpty() || ANY_STEM_CELL.matcher(t).find() || NOT_STATED.matcher(t).find();
        if (sources.isEmpty()) {
            sources.add(CellSource.UNSPECIFIED);
        }
        CellOrigin origin = stated != CellOrigin.UNKNOWN ? stated : usualOrigin(sources, cordBlood);
        return new CellSourceReading(Set.copyOf(sources), origin, recognised || t.isEmpty());
    }

    private static CellOrigin statedOrigin(String folded) {
        boolean autologous = AUTOLOGOUS.matcher(folded).find();
        boolean allogeneic = ALLOGENEIC.matcher(folded).find();
        if (allogeneic) {
            return CellOrigin.ALLOGENEIC;
        }
        return autologous ? CellOrigin.AUTOLOGOUS : CellOrigin.UNKNOWN;
    }

    /** Unqualified cord blood may be the child's own or a donor's, so it stays unknown. */
    private static CellOrigin usualOrigin(Set<CellSource> sources, boolean cordBlood) {
        if (cordBlood || sources.size() != 1) {
            return CellOrigin.UNKNOWN;
        }
        return sources.iterator().next().usualOrigin();
    }

    /** Routes named in a text; {@code recognised} is false when the text is not blank but names none. */
    public record RouteReading(Set<Route> routes, boolean recognised) {
    }

    public static RouteReading routes(String text) {
        return ROUTE_READINGS.apply(text);
    }

    private static RouteReading readRoutes(String text) {
        String t = Folding.words(text);
        Set<Route> routes = EnumSet.noneOf(Route.class);
        ROUTES.forEach((route, pattern) -> {
            if (pattern.matcher(t).find()) {
                routes.add(route);
            }
        });
        String original = text == null ? "" : text;
        ROUTE_ABBREVIATIONS.forEach((route, pattern) -> {
            if (pattern.matcher(original).find()) {
                routes.add(route);
            }
        });
        List<String> words = t.isEmpty() ? List.of() : List.of(t.split(" "));
        if (ROUTE_TOKENS.containsAll(words)) {
            if (words.contains("it")) {
                routes.add(Route.INTRATHECAL);
            }
            if (words.contains("im")) {
                routes.add(Route.INTRAMUSCULAR);
            }
            if (words.contains("in")) {
                routes.add(Route.INTRANASAL);
            }
        }
        boolean recognised = !routes.isEmpty() || t.isEmpty() || NOT_STATED.matcher(t).find();
        if (routes.isEmpty()) {
            routes.add(Route.UNSPECIFIED);
        }
        return new RouteReading(Set.copyOf(routes), recognised);
    }

    /** A regulatory status, or null when the text is not blank but says nothing CellCompare knows. */
    public static RegulatoryStatus regulatoryStatus(String text) {
        return REGULATORY.apply(text);
    }

    private static RegulatoryStatus readRegulatoryStatus(String text) {
        String t = Folding.words(text);
        if (t.isEmpty() || UNKNOWN_STATUS.matcher(t).find()) {
            return RegulatoryStatus.UNKNOWN;
        }
        if (NOT_REGULATED.matcher(t).find()) {
            return RegulatoryStatus.UNREGULATED;
        }
        if (EXEMPTION.matcher(t).find()) {
            return RegulatoryStatus.SPECIAL_EXEMPTION;
        }
        if (TRIAL.matcher(t).find()) {
            return RegulatoryStatus.REGISTERED_TRIAL;
        }
        if (ETHICS_ONLY.matcher(t).find()) {
            return RegulatoryStatus.UNKNOWN;
        }
        if (APPROVED.matcher(t).find()) {
            return RegulatoryStatus.APPROVED_PRODUCT;
        }
        return null;
    }

    /** Yes, no or unknown; null when the text is not blank but is none of those. */
    public static PatientPays patientPays(String text) {
        return PAYS.apply(text);
    }

    private static PatientPays readPatientPays(String text) {
        String t = Folding.words(text);
        if (t.isEmpty() || UNKNOWN_STATUS.matcher(t).matches()) {
            return PatientPays.UNKNOWN;
        }
        if (NO.matcher(t).lookingAt()) {
            return PatientPays.NO;
        }
        if (YES.matcher(t).lookingAt()) {
            return PatientPays.YES;
        }
        return null;
    }
}
