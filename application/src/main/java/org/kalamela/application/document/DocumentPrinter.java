package org.kalamela.application.document;

import java.io.OutputStream;

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
     * Prints cards, several to an A4 page in a grid, each framed so it can be cut out.
     *
     * @throws java.io.UncheckedIOException if the stream fails; the document written so far is then incomplete
     */
    <T> void print(OutputStream out, CardSheet<T> cards);
}
