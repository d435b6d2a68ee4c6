package org.cellcompare.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.Workbook;

import com.github.pjfanning.xlsx.StreamingReader;

/**
 * The reader CellCompare used for {@code .xlsx} until it read them itself: excel-streaming-reader,
 * a well-tried library, kept here so that {@link XlsxReaderParityTests} can hold the two to the
 * same rows, cell for cell.
 */
final class StreamingReaderTableFile implements TableFile {

    private final Workbook workbook;
    private final PoiCells cells = new PoiCells();

    /** {@code password} is null for an ordinary workbook, or Excel's built-in one for a write-protected file. */
    StreamingReaderTableFile(Path file, String password) {
        this.workbook = StreamingReader.builder()
                .rowCacheSize(100)
                .bufferSize(4096)
                .setReadStyles(true)
                .setReadSharedFormulas(true)
                .password(password)
                .open(file.toFile());
    }

    @Override
    public Iterator<TableSheet> sheets() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < workbook.getNumberOfSheets();
            }

            @Override
            public TableSheet next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int index = next++;
                boolean hidden = workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index);
                String name = workbook.getSheetName(index);
                Iterator<SourceRow> rows = new MappingIterator<>(workbook.getSheetAt(index).rowIterator(), cells::toSourceRow);
                // its merged areas are known only once its rows have been read: see mergedCells
                return new TableSheet(name, hidden, rows, MergedCells.NONE,
                        DateSystem.ofWorkbook(((Date1904Support) workbook).isDate1904()));
            }
        };
    }

    /** The merged areas of a sheet whose rows have all been read, where excel-streaming-reader meets them. */
    MergedCells mergedCells(int sheet) {
        return MergedCells.of(workbook.getSheetAt(sheet).getMergedRegions());
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
