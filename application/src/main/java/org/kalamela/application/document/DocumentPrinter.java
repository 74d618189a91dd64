package org.kalamela.application.document;

import java.io.OutputStream;
import java.util.List;

/**
 * Outbound port: prints a document as PDF onto a stream as its rows arrive, with its fonts embedded, so names
 * print correctly in Malayalam and English on any printer. The stream is left open: it belongs to the caller
 * (typically an HTTP response).
 */
public interface DocumentPrinter {

    /**
     * Prints a sheet: its title and headings, a table with a header row repeated on every page, and the
     * closing lines (signatures) after the last row.
     *
     * @throws java.io.UncheckedIOException if the stream fails; the document written so far is then incomplete
     */
    <T> void print(OutputStream out, PrintedSheet<T> sheet);

    /**
     * Prints several sheets as one document, each beginning on a new page with its own title, headings, table
     * and closing lines (a judge's sheet for each judge of a panel).
     *
     * @throws IllegalArgumentException when no sheet is given
     * @throws java.io.UncheckedIOException if the stream fails; the document written so far is then incomplete
     */
    <T> void print(OutputStream out, List<PrintedSheet<T>> sheets);

    /**
     * Prints cards, several to an A4 page in a grid, each framed so it can be cut out.
     *
     * @throws java.io.UncheckedIOException if the stream fails; the document written so far is then incomplete
     */
    <T> void print(OutputStream out, CardSheet<T> cards);

    /**
     * Prints certificates, one to an A4 landscape page, each with a QR code of its verification address; a
     * document without certificates says so on its one page.
     *
     * @throws java.io.UncheckedIOException if the stream fails; the document written so far is then incomplete
     */
    <T> void print(OutputStream out, CertificateSheet<T> certificates);
}
