package org.cellcompare.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.IntStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;

/** A legacy {@code .xls} (BIFF8) workbook; the format caps a sheet at 65,536 rows, so it is read whole. */
final class XlsTableFile implements TableFile {

    private final POIFSFileSystem fileSystem;
    private final HSSFWorkbook workbook;
    private final PoiCells cells = new PoiCells();

    XlsTableFile(Path file) throws IOException {
        this.fileSystem = new POIFSFileSystem(file.toFile(), true);
        try {
            this.workbook = new HSSFWorkbook(fileSystem.getRoot(), true);
        } catch (IOException | RuntimeException e) {
            fileSystem.close();
            throw e;
        }
    }

    @Override
    public Iterator<TableSheet> sheets() {
        return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(this::sheet).iterator();
    }

    private TableSheet sheet(int index) {
        boolean hidden = workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index);
        Sheet sheet = workbook.getSheetAt(index);
        Iterator<SourceRow> rows = new MappingIterator<>(sheet.rowIterator(), cells::toSourceRow);
        return new TableSheet(workbook.getSheetName(index), hidden, rows, MergedCells.of(sheet.getMergedRegions()),
                DateSystem.ofWorkbook(workbook.getInternalWorkbook().isUsing1904DateWindowing()));
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            fileSystem.close();
        }
    }
}
