package org.kalamela.adapters.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.kalamela.application.document.CardSheet;
import org.kalamela.application.document.CertificateSheet;
import org.kalamela.application.document.DocumentPrinter;
import org.kalamela.application.document.PrintedCard;
import org.kalamela.application.document.PrintedColumn;
import org.kalamela.application.document.PrintedSheet;

/**
 * Prints the festival's documents with OpenPDF. Tables are handed to the document a block of rows at a time
 * (OpenPDF's large-table mode), so the rows already on finished pages are written out and forgotten: a call
 * sheet of two thousand rows or two hundred chest-number cards takes the memory of one page. Certificates are
 * one to a page, each page written out when the next begins.
 */
@ApplicationScoped
public class OpenPdfDocumentPrinter implements DocumentPrinter {

    static final int ROWS_PER_BLOCK = 50;
    private static final float BODY = 10f;
    private static final float MARGIN = 36f;

    @Override
    public <T> void print(OutputStream out, PrintedSheet<T> sheet) {
        print(out, List.of(sheet));
    }

    @Override
    public <T> void print(OutputStream out, List<PrintedSheet<T>> sheets) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a document needs at least one sheet");
        }
        PdfFonts fonts = PdfFonts.get();
        PrintedSheet<T> first = sheets.get(0);
        Document document = open(out, page(first), first.title());
        try {
            for (PrintedSheet<T> sheet : sheets) {
                if (sheet != first) {
                    document.setPageSize(page(sheet));
                    document.newPage();
                }
                printSheet(fonts, sheet, document);
            }
        } catch (ExceptionConverter e) {
            throw streamFailure(e);
        } finally {
            close(document);
        }
    }

    private static <T> void printSheet(PdfFonts fonts, PrintedSheet<T> sheet, Document document) {
        try {
            document.add(paragraph(fonts, sheet.title(), true, 14f));
            for (String heading : sheet.headings()) {
                document.add(paragraph(fonts, heading, false, BODY));
            }
            document.add(paragraph(fonts, " ", false, 6f));
            document.add(table(fonts, sheet, document));
            for (String line : sheet.closingLines()) {
                Paragraph closing = paragraph(fonts, line, false, BODY);
                closing.setSpacingBefore(18f);
                document.add(closing);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the sheet '" + sheet.title() + "'", e);
        }
    }

    private static Rectangle page(PrintedSheet<?> sheet) {
        return sheet.landscape() ? PageSize.A4.rotate() : PageSize.A4;
    }

    @Override
    public <T> void print(OutputStream out, CardSheet<T> cards) {
        PdfFonts fonts = PdfFonts.get();
        Document document = open(out, PageSize.A4, cards.title());
        try {
            CardGrid grid = new CardGrid(fonts, cards.columns(), cards.rows(), document.getPageSize(), MARGIN);
            PdfPTable table = grid.table();
            int[] placed = {0};
            cards.cards().forEach(row -> {
                PrintedCard card = cards.card().apply(row);
                table.addCell(grid.cell(card));
                if (++placed[0] % cards.perPage() == 0) {
                    addBlock(document, table);
                }
            });
            table.completeRow();
            table.setComplete(true);
            if (placed[0] == 0) {
                document.add(paragraph(fonts, cards.title() + ": no cards to print", false, BODY));
            } else {
                document.add(table);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the cards '" + cards.title() + "'", e);
        } catch (ExceptionConverter e) {
            throw streamFailure(e);
        } finally {
            close(document);
        }
    }

    @Override
    public <T> void print(OutputStream out, CertificateSheet<T> certificates) {
        PdfFonts fonts = PdfFonts.get();
        Document document = new Document(PageSize.A4.rotate(), MARGIN + 24f, MARGIN + 24f, MARGIN + 24f, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.addTitle(certificates.title());
        document.addCreator("Kalamela");
        document.open();
        try {
            CertificatePage page = new CertificatePage(fonts);
            int[] printed = {0};
            certificates.rows().forEach(row -> {
                if (printed[0]++ > 0) {
                    document.newPage();
                }
                page.print(document, writer, certificates.certificate().apply(row));
            });
            if (printed[0] == 0) {
                document.add(paragraph(fonts, certificates.title() + ": no certificates to print", false, BODY));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the certificates '" + certificates.title() + "'", e);
        } catch (ExceptionConverter e) {
            throw streamFailure(e);
        } finally {
            close(document);
        }
    }

    private static <T> PdfPTable table(PdfFonts fonts, PrintedSheet<T> sheet, Document document) {
        float[] widths = new float[sheet.columns().size()];
        PdfPTable table = new PdfPTable(widths.length);
        for (int i = 0; i < widths.length; i++) {
            PrintedColumn<T> column = sheet.columns().get(i);
            widths[i] = column.width();
            table.addCell(cell(fonts, column.header(), true));
        }
        table.setWidths(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setComplete(false);
        int[] rows = {0};
        sheet.rows().forEach(row -> {
            for (PrintedColumn<T> column : sheet.columns()) {
                String text = column.text().apply(row);
                table.addCell(cell(fonts, text == null ? "" : text, false));
            }
            if (++rows[0] % ROWS_PER_BLOCK == 0) {
                addBlock(document, table);
            }
        });
        table.setComplete(true);
        return table;
    }

    private static void addBlock(Document document, PdfPTable table) {
        try {
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out a block of rows", e);
        }
    }

    private static PdfPCell cell(PdfFonts fonts, String text, boolean header) {
        PdfPCell cell = new PdfPCell(ScriptRuns.phrase(fonts, text, header, BODY));
        cell.setPadding(4f);
        cell.setMinimumHeight(20f);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (header) {
            cell.setGrayFill(0.9f);
        }
        return cell;
    }

    static Paragraph paragraph(PdfFonts fonts, String text, boolean bold, float size) {
        return new Paragraph(ScriptRuns.phrase(fonts, text, bold, size));
    }

    private static Document open(OutputStream out, Rectangle page, String title) {
        Document document = new Document(page, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.addTitle(title);
        document.addCreator("Kalamela");
        document.open();
        return document;
    }

    private static void close(Document document) {
        try {
            document.close();
        } catch (ExceptionConverter e) {
            throw streamFailure(e);
        }
    }

    /** OpenPDF wraps a failing stream's IOException in its own unchecked exception; the port promises this one. */
    private static RuntimeException streamFailure(ExceptionConverter e) {
        return e.getException() instanceof IOException io ? new UncheckedIOException(io) : e;
    }
}
