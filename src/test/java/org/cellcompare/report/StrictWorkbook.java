package org.cellcompare.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A workbook checked as strictly as Excel opens it, where other readers forgive: every XML part
 * against the ISO/IEC 29500-4:2016 Transitional schemas, then the rules Excel enforces beyond
 * them, which make it "repair" a file and drop what broke them. The rules are those of the team's
 * reference checker ({@code excelrules.py}) that bear on what CellCompare writes.
 */
final class StrictWorkbook {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** What Excel takes, beyond the schemas. */
    static final int MAX_SHEET_NAME = 31;
    static final int MAX_CELL_TEXT = 32_767;
    static final int MAX_LINK_TARGET = 2_079;
    static final int MAX_LINKS_PER_SHEET = 65_530;
    static final int MAX_LINK_DISPLAY = 255;
    static final int MAX_VALIDATION_FORMULA = 255;

    /** Where the build unpacks poi-ooxml-full's copy of the ISO schemas (pom.xml, execution "ooxml-schemas"). */
    private static final Path ISO_SCHEMAS = Path.of("target/ooxml-schemas/org/apache/poi/schemas/ooxml/src");
    private static final List<String> ISO_ENTRY_POINTS = List.of("sml.xsd", "dml-chart.xsd",
            "dml-spreadsheetDrawing.xsd", "shared-documentPropertiesExtended.xsd",
            "shared-documentPropertiesCustom.xsd", "opc-relationships.xsd");
    /** The packaging schemas poi-ooxml-full lacks, kept in the test resources with their sources. */
    private static final List<String> PACKAGING_SCHEMAS = List.of("opc-contentTypes.xsd", "opc-coreProperties-local.xsd");
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final Pattern HEX_ARGB = Pattern.compile("[0-9A-Fa-f]{8}");
    private static final Pattern CELL_REFERENCE = Pattern.compile("([A-Z]{1,3})([0-9]+)");
    private static final Pattern FORBIDDEN_IN_SHEET_NAME = Pattern.compile("[\\[\\]:*?/\\\\]");

    private static Schema schema;

    private final Path file;
    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private StrictWorkbook(Path file) throws IOException {
        this.file = file;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
        }
    }

    /** Every XML part that the schemas do not allow, with the validator's first complaints. */
    static List<String> schemaProblems(Path file) throws IOException {
        StrictWorkbook workbook = new StrictWorkbook(file);
        Schema schema = schema();
        for (Map.Entry<String, byte[]> part : workbook.parts.entrySet()) {
            String name = part.getKey();
            if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
                continue;
            }
            List<String> errors = new ArrayList<>();
            Validator validator = schema.newValidator();
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e.getMessage());
                }
            });
            try {
                validator.validate(new StreamSource(new ByteArrayInputStream(part.getValue()), name));
            } catch (SAXException e) {
                errors.add(e.getMessage());
            }
            if (!errors.isEmpty()) {
                workbook.problems.add(name + ": " + String.join(" | ", errors.subList(0, Math.min(3, errors.size()))));
            }
        }
        return workbook.problems;
    }

    /** What breaks a rule Excel enforces beyond the schemas, each as "part: what", once. */
    static List<String> excelProblems(Path file) throws IOException {
        StrictWorkbook workbook = new StrictWorkbook(file);
        workbook.checkExcelRules();
        return List.copyOf(new LinkedHashSet<>(workbook.problems));
    }

    private static synchronized Schema schema() throws IOException {
        if (schema != null) {
            return schema;
        }
        if (!Files.isDirectory(ISO_SCHEMAS)) {
            throw new IOException(ISO_SCHEMAS.toAbsolutePath() + " is missing: run \"./mvnw generate-test-resources\","
                    + " which unpacks the schemas from poi-ooxml-full");
        }
        List<Source> sources = new ArrayList<>();
        for (String name : ISO_ENTRY_POINTS) {
            sources.add(new StreamSource(ISO_SCHEMAS.resolve(name).toFile()));
        }
        for (String name : PACKAGING_SCHEMAS) {
            URL resource = StrictWorkbook.class.getResource("/peer/ooxml-schemas/" + name);
            if (resource == null) {
                throw new IOException("The test resource peer/ooxml-schemas/" + name + " is missing");
            }
            sources.add(new StreamSource(resource.toExternalForm()));
        }
        try {
            schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources.toArray(Source[]::new));
        } catch (SAXException e) {
            throw new IOException("The schemas do not compile: " + e.getMessage(), e);
        }
        return schema;
    }

    private void checkExcelRules() throws IOException {
        String workbookPart = "xl/workbook.xml";
        Document workbook = xml(workbookPart);
        Map<String, Relationship> workbookLinks = relationships(workbookPart);
        List<String> sheetParts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Element sheet : elements(workbook.getDocumentElement(), MAIN, "sheet")) {
            String name = sheet.getAttribute("name");
            if (name.length() > MAX_SHEET_NAME) {
                problem(workbookPart, "sheet name \"" + name + "\" is longer than " + MAX_SHEET_NAME);
            }
            if (name.isBlank() || FORBIDDEN_IN_SHEET_NAME.matcher(name).find() || name.startsWith("'") || name.endsWith("'")) {
                problem(workbookPart, "sheet name \"" + name + "\" has a character Excel forbids");
            }
            if (name.equalsIgnoreCase("History")) {
                problem(workbookPart, "a sheet is named History, which Excel reserves");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                problem(workbookPart, "two sheets are named \"" + name + "\"");
            }
            Relationship target = workbookLinks.get(sheet.getAttributeNS(R, "id"));
            if (target == null || target.external()) {
                problem(workbookPart, "sheet \"" + name + "\" has no relationship to a part");
            } else {
                sheetParts.add(target.target());
            }
        }
        int cellFormats = checkStyles(partOfType(workbookLinks, "/styles"));
        String sst = partOfType(workbookLinks, "/sharedStrings");
        int sharedStrings = checkSharedStrings(sst);
        int sharedStringCells = 0;
        for (String sheet : sheetParts) {
            sharedStringCells += checkSheet(sheet, cellFormats, sharedStrings);
        }
        if (sst != null) {
            String count = xml(sst).getDocumentElement().getAttribute("count");
            if (!count.isEmpty() && Integer.parseInt(count) != sharedStringCells) {
                problem(sst, "count=" + count + " but " + sharedStringCells + " cells use shared strings");
            }
        }
    }

    /** Checks the styles part; returns how many cell formats it has. */
    private int checkStyles(String part) throws IOException {
        if (part == null) {
            problem("xl/workbook.xml", "no styles part");
            return 0;
        }
        Element styles = xml(part).getDocumentElement();
        int fonts = counted(part, styles, "fonts", "font");
        int fills = counted(part, styles, "fills", "fill");
        int borders = counted(part, styles, "borders", "border");
        counted(part, styles, "numFmts", "numFmt");
        counted(part, styles, "cellStyleXfs", "xf");
        int cellFormats = counted(part, styles, "cellXfs", "xf");
        for (Element any : elements(styles, MAIN, "*")) {
            String rgb = any.getAttribute("rgb");
            if (any.hasAttribute("rgb") && !HEX_ARGB.matcher(rgb).matches()) {
                problem(part, "<" + any.getLocalName() + " rgb=\"" + rgb + "\"> is not eight hex digits (ARGB)");
            }
        }
        for (Element format : elements(styles, MAIN, "xf")) {
            if (intAttribute(format, "fontId") >= fonts || intAttribute(format, "fillId") >= fills
                    || intAttribute(format, "borderId") >= borders) {
                problem(part, "a cell format points past the fonts, fills or borders");
            }
        }
        return cellFormats;
    }

    /** The number of {@code child} elements of the collection, which must be what its count attribute says. */
    private int counted(String part, Element styles, String collection, String child) {
        List<Element> found = elements(styles, MAIN, collection);
        if (found.isEmpty()) {
            return 0;
        }
        Element element = found.get(0);
        int items = 0;
        for (Element item : children(element)) {
            items += item.getLocalName().equals(child) ? 1 : 0;
        }
        if (element.hasAttribute("count") && Integer.parseInt(element.getAttribute("count")) != items) {
            problem(part, collection + " count=" + element.getAttribute("count") + " but " + items + " <" + child + ">");
        }
        return items;
    }

    /** Checks the shared strings; returns how many there are. */
    private int checkSharedStrings(String part) throws IOException {
        if (part == null) {
            return 0;
        }
        Element table = xml(part).getDocumentElement();
        List<Element> items = children(table);
        if (table.hasAttribute("uniqueCount") && Integer.parseInt(table.getAttribute("uniqueCount")) != items.size()) {
            problem(part, "uniqueCount=" + table.getAttribute("uniqueCount") + " but " + items.size() + " <si>");
        }
        for (int i = 0; i < items.size(); i++) {
            int length = decodedLength(items.get(i));
            if (length > MAX_CELL_TEXT) {
                problem(part, "shared string " + i + " has " + length + " characters");
            }
        }
        return items.size();
    }

    /** Checks one worksheet; returns how many of its cells use shared strings. */
    private int checkSheet(String part, int cellFormats, int sharedStrings) throws IOException {
        Element sheet = xml(part).getDocumentElement();
        int sharedStringCells = 0;
        int lastRow = 0;
        for (Element row : elements(sheet, MAIN, "row")) {
            int r = intAttribute(row, "r");
            if (r <= lastRow) {
                problem(part, "row " + r + " comes after row " + lastRow);
            }
            lastRow = r;
            if (row.hasAttribute("s") && intAttribute(row, "s") >= cellFormats) {
                problem(part, "row " + r + " has a style past the cell formats");
            }
            int lastColumn = 0;
            for (Element cell : children(row)) {
                String reference = cell.getAttribute("r");
                Matcher parts = CELL_REFERENCE.matcher(reference);
                if (!parts.matches() || Integer.parseInt(parts.group(2)) != r) {
                    problem(part, "cell " + reference + " in row " + r);
                    continue;
                }
                int column = columnNumber(parts.group(1));
                if (column <= lastColumn) {
                    problem(part, "cell " + reference + " is not to the right of the cell before it");
                }
                lastColumn = column;
                if (intAttribute(cell, "s") >= cellFormats) {
                    problem(part, "cell " + reference + " has a style past the cell formats");
                }
                String type = cell.getAttribute("t");
                if (type.equals("s")) {
                    sharedStringCells++;
                    List<Element> value = elements(cell, MAIN, "v");
                    if (value.isEmpty() || Integer.parseInt(value.get(0).getTextContent()) >= sharedStrings) {
                        problem(part, "cell " + reference + " points past the shared strings");
                    }
                } else if (type.equals("inlineStr")) {
                    int length = decodedLength(cell);
                    if (length > MAX_CELL_TEXT) {
                        problem(part, "cell " + reference + " has " + length + " characters");
                    }
                }
            }
        }
        checkLinks(part, sheet);
        checkValidations(part, sheet);
        return sharedStringCells;
    }

    private void checkLinks(String part, Element sheet) throws IOException {
        List<Element> links = elements(sheet, MAIN, "hyperlink");
        if (links.size() > MAX_LINKS_PER_SHEET) {
            problem(part, links.size() + " links, more than Excel's " + MAX_LINKS_PER_SHEET);
        }
        Map<String, Relationship> targets = relationships(part);
        for (Element link : links) {
            String ref = link.getAttribute("ref");
            for (String attribute : List.of("display", "tooltip")) {
                if (link.getAttribute(attribute).length() > MAX_LINK_DISPLAY) {
                    problem(part, "link " + ref + " has a " + attribute + " longer than " + MAX_LINK_DISPLAY);
                }
            }
            String id = link.getAttributeNS(R, "id");
            if (id.isEmpty()) {
                if (link.getAttribute("location").isEmpty()) {
                    problem(part, "link " + ref + " has neither a relationship nor a location");
                }
                continue;
            }
            Relationship target = targets.get(id);
            if (target == null) {
                problem(part, "link " + ref + " names relationship " + id + ", which the sheet does not have");
            } else if (!target.type().endsWith("/hyperlink") || !target.external()) {
                problem(part, "link " + ref + "'s relationship is not an external hyperlink");
            } else if (target.target().length() > MAX_LINK_TARGET) {
                problem(part, "link " + ref + "'s address has " + target.target().length()
                        + " characters, more than Excel's " + MAX_LINK_TARGET);
            }
        }
    }

    private void checkValidations(String part, Element sheet) {
        for (Element validation : elements(sheet, MAIN, "dataValidation")) {
            String where = "drop-down " + validation.getAttribute("sqref");
            for (Element formula : children(validation)) {
                if (formula.getTextContent().length() > MAX_VALIDATION_FORMULA) {
                    problem(part, where + " has a formula longer than " + MAX_VALIDATION_FORMULA);
                }
            }
            Map<String, Integer> limits = Map.of("error", 225, "prompt", 255, "errorTitle", 32, "promptTitle", 32);
            limits.forEach((attribute, limit) -> {
                int length = decode(validation.getAttribute(attribute)).length();
                if (length > limit) {
                    problem(part, where + " has a " + attribute + " of " + length + " characters, more than " + limit);
                }
            });
        }
    }

    /** The text of a cell's or shared string's {@code <t>} elements, as Excel reads it. */
    private static int decodedLength(Element element) {
        StringBuilder text = new StringBuilder();
        NodeList runs = element.getElementsByTagNameNS(MAIN, "t");
        for (int i = 0; i < runs.getLength(); i++) {
            Element run = (Element) runs.item(i);
            if (!"rPh".equals(run.getParentNode().getLocalName())) {
                text.append(run.getTextContent());
            }
        }
        return decode(text.toString()).length();
    }

    /** ST_Xstring's escapes undone, as Excel and POI undo them. */
    static String decode(String text) {
        Matcher escape = ESCAPE.matcher(text);
        StringBuilder plain = new StringBuilder(text.length());
        while (escape.find()) {
            escape.appendReplacement(plain, "");
            plain.append((char) Integer.parseInt(escape.group(1), 16));
        }
        return escape.appendTail(plain).toString();
    }

    private static int columnNumber(String letters) {
        int number = 0;
        for (int i = 0; i < letters.length(); i++) {
            number = number * 26 + letters.charAt(i) - 'A' + 1;
        }
        return number;
    }

    private static int intAttribute(Element element, String name) {
        String value = element.getAttribute(name);
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }

    private void problem(String part, String what) {
        problems.add(part + ": " + what);
    }

    /** The internal part a relationship of this type points at, or null. */
    private static String partOfType(Map<String, Relationship> relationships, String typeEnd) {
        return relationships.values().stream().filter(r -> !r.external() && r.type().endsWith(typeEnd))
                .map(Relationship::target).findFirst().orElse(null);
    }

    /** A relationship's type and target: for an internal one, the name of the part it points at. */
    private record Relationship(String type, String target, boolean external) {
    }

    /** The relationships of a part, by id. */
    private Map<String, Relationship> relationships(String part) throws IOException {
        int slash = part.lastIndexOf('/');
        String rels = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
        Map<String, Relationship> byId = new LinkedHashMap<>();
        if (!parts.containsKey(rels)) {
            return byId;
        }
        for (Element relationship : elements(xml(rels).getDocumentElement(), RELATIONSHIPS, "Relationship")) {
            String target = relationship.getAttribute("Target");
            boolean external = "External".equals(relationship.getAttribute("TargetMode"));
            if (!external) {
                target = URI.create("/" + part).resolve(target).getPath().substring(1);
            }
            byId.put(relationship.getAttribute("Id"), new Relationship(relationship.getAttribute("Type"), target, external));
        }
        return byId;
    }

    private Document xml(String part) throws IOException {
        byte[] bytes = parts.get(part);
        if (bytes == null) {
            throw new IOException(file + " has no part " + part);
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(part + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static List<Element> elements(Element root, String namespace, String name) {
        NodeList found = root.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>(found.getLength());
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((Element) found.item(i));
        }
        return elements;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}
