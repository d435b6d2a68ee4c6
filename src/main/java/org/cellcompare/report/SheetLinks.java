package org.cellcompare.report;

import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHyperlinks;

/**
 * The web links of one streamed sheet. POI's own way gives every link an XML document of its own,
 * about 2 KB that live until the workbook is saved: for the 65,530 links a sheet may hold, over
 * 100 MB of a 512 MB heap. Here all of a sheet's links share one document, and each link's
 * relationship is made when the link is.
 */
final class SheetLinks {

    private final XSSFSheet sheet;
    private final CTHyperlinks shared = CTHyperlinks.Factory.newInstance();

    SheetLinks(Sheet streamed) {
        this.sheet = ((SXSSFWorkbook) streamed.getWorkbook()).getXSSFWorkbook().getSheet(streamed.getSheetName());
    }

    /** {@code address} must already be a safe http or https address. */
    void add(Cell cell, String address) {
        PackageRelationship relationship = sheet.getPackagePart()
                .addExternalRelationship(address, XSSFRelation.SHEET_HYPERLINKS.getRelation());
        CTHyperlink link = shared.addNewHyperlink();
        link.setRef(new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString());
        link.setId(relationship.getId());
        sheet.addHyperlink(new WebLink(link, relationship));
    }

    /** POI's link, built on the shared document; its constructor is open to subclasses only. */
    private static final class WebLink extends XSSFHyperlink {
        WebLink(CTHyperlink link, PackageRelationship relationship) {
            super(link, relationship);
        }
    }
}
