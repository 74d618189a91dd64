package org.kalamela.application.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints nothing real: pulls every row of a sheet through its columns and every card through its layout, as
 * the PDF printer does, keeps the text for the test to read, and writes one byte so the test can see the
 * stream was used.
 */
public final class CapturingDocumentPrinter implements DocumentPrinter {

    /** A printed sheet: title, headings, column headers, the cells of each row and the closing lines. */
    public record Sheet(String title, List<String> headings, List<String> headers, List<List<String>> rows,
                        List<String> closingLines) {
    }

    /** Several sheets printed as one document, in order. */
    public record Sheets(List<Sheet> sheets) {
    }

    /** Printed cards: the title, the grid and each card in order. */
    public record Cards(String title, int perPage, List<PrintedCard> cards) {
    }

    /** Printed certificates: the title and each certificate in order. */
    public record Certificates(String title, List<PrintedCertificate> certificates) {
    }

    private final List<Object> printed = new ArrayList<>();

    @Override
    public synchronized <T> void print(OutputStream out, PrintedSheet<T> sheet) {
        printed.add(capture(sheet));
        touch(out);
    }

    @Override
    public synchronized <T> void print(OutputStream out, List<PrintedSheet<T>> sheets) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a document needs at least one sheet");
        }
        printed.add(new Sheets(sheets.stream().map(CapturingDocumentPrinter::capture).toList()));
        touch(out);
    }

    private static <T> Sheet capture(PrintedSheet<T> sheet) {
        List<List<String>> rows = new ArrayList<>();
        sheet.rows().forEach(row -> rows.add(sheet.columns().stream()
                .map(column -> column.text().apply(row)).toList()));
        return new Sheet(sheet.title(), sheet.headings(),
                sheet.columns().stream().map(PrintedColumn::header).toList(), rows, sheet.closingLines());
    }

    @Override
    public synchronized <T> void print(OutputStream out, CardSheet<T> cards) {
        List<PrintedCard> printedCards = new ArrayList<>();
        cards.cards().forEach(row -> printedCards.add(cards.card().apply(row)));
        printed.add(new Cards(cards.title(), cards.perPage(), printedCards));
        touch(out);
    }

    @Override
    public synchronized <T> void print(OutputStream out, CertificateSheet<T> certificates) {
        List<PrintedCertificate> printedCertificates = new ArrayList<>();
        certificates.rows().forEach(row -> printedCertificates.add(certificates.certificate().apply(row)));
        printed.add(new Certificates(certificates.title(), printedCertificates));
        touch(out);
    }

    /** The last document printed, of the given kind. */
    public synchronized <D> D last(Class<D> kind) {
        for (int i = printed.size() - 1; i >= 0; i--) {
            if (kind.isInstance(printed.get(i))) {
                return kind.cast(printed.get(i));
            }
        }
        throw new AssertionError("nothing printed of kind " + kind.getSimpleName());
    }

    public synchronized int count() {
        return printed.size();
    }

    private static void touch(OutputStream out) {
        try {
            out.write('%');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
