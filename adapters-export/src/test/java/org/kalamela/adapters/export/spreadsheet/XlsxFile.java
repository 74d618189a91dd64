package org.kalamela.adapters.export.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * A written XLSX file in a test: read back with fastexcel-reader for the cells, and as raw XML parts for
 * what the reader does not expose (fonts, frozen panes, column widths).
 */
final class XlsxFile {

    private final byte[] bytes;

    XlsxFile(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Opened with cell formats, so a date cell can be told from a number. */
    ReadableWorkbook open() throws IOException {
        return new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
    }

    /**
     * A part read through the zip's central directory, as Excel reads it: fastexcel leaves the sizes out
     * of the local entry headers, which java.util.zip.ZipInputStream cannot follow.
     */
    Document part(String name) {
        try {
            Path copy = Files.createTempFile("export", ".xlsx");
            try (ZipFile zip = new ZipFile(Files.write(copy, bytes).toFile())) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    throw new AssertionError("no part " + name + " in the file");
                }
                try (InputStream xml = zip.getInputStream(entry)) {
                    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml);
                }
            } finally {
                Files.delete(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("part " + name + " is not readable XML", e);
        }
    }
}
