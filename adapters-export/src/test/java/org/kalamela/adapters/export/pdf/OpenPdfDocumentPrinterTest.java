package org.kalamela.adapters.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.kalamela.application.document.CardSheet;
import org.kalamela.application.document.PrintedCard;
import org.kalamela.application.document.PrintedColumn;
import org.kalamela.application.document.PrintedSheet;
import org.kalamela.application.export.RowSource;

class OpenPdfDocumentPrinterTest {

    private final OpenPdfDocumentPrinter printer = new OpenPdfDocumentPrinter();

    @Test
    void two_hundred_chest_number_cards_print_eight_to_a_page() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.print(out, new CardSheet<>("Chest numbers 2026", 2, 4,
                RowSource.of(IntStream.rangeClosed(1001, 1200).boxed().toList()),
                number -> new PrintedCard(Integer.toString(number), List.of("അനു " + number, "Adoor East"))));
        try (PdfFile file = new PdfFile(out.toByteArray())) {
            assertThat(file.pages()).isEqualTo(25);
            assertThat(file.text(1)).contains("1001", "1008", "Adoor East").doesNotContain("1009");
            assertThat(file.text(25)).contains("1193", "1200");
            file.render(1, 72, "chest-number-cards");
        }
    }

    @Test
    void finished_pages_leave_memory_while_cards_still_come() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] writtenBeforeTheLastCard = {-1};
        RowSource<Integer> cards = sink -> IntStream.rangeClosed(1, 2000).forEach(number -> {
            if (number == 2000) {
                writtenBeforeTheLastCard[0] = out.size();
            }
            sink.accept(number);
        });

        printer.print(out, new CardSheet<>("Chest numbers", 2, 4, cards,
                number -> new PrintedCard(Integer.toString(number), List.of("Member " + number))));

        // All but the last page and the font subsets (written once, at the end) went out before the last card.
        assertThat(writtenBeforeTheLastCard[0]).as("bytes written before the last card, of %d", out.size())
                .isGreaterThan(out.size() / 2);
    }

    @Test
    void a_last_page_of_cards_may_be_part_full() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.print(out, new CardSheet<>("Cards", 2, 4, RowSource.of(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)),
                number -> new PrintedCard("#" + number, List.of())));
        try (PdfFile file = new PdfFile(out.toByteArray())) {
            assertThat(file.pages()).isEqualTo(2);
            assertThat(file.text(2)).contains("#9");
        }
    }

    @Test
    void no_cards_print_a_page_that_says_so() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.print(out, new CardSheet<>("Chest numbers", 2, 4, RowSource.of(List.<Integer>of()),
                number -> new PrintedCard("x", List.of())));
        try (PdfFile file = new PdfFile(out.toByteArray())) {
            assertThat(file.text(1)).contains("Chest numbers: no cards to print");
        }
    }

    @Test
    void a_long_sheet_repeats_its_header_on_every_page_and_ends_with_its_closing_lines() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<PrintedColumn<Integer>> columns = List.of(
                new PrintedColumn<>("Order", 1, row -> Integer.toString(row)),
                new PrintedColumn<>("Code letter", 1, row -> "C" + row),
                PrintedColumn.blank("Marks", 2));
        printer.print(out, new PrintedSheet<>("Judge's sheet", List.of("Elocution (senior)", "Stage 2, 10:00"),
                columns, RowSource.of(IntStream.rangeClosed(1, 400).boxed().toList()),
                List.of("Judge: ____________________", "Signature: ____________________"), false));
        try (PdfFile file = new PdfFile(out.toByteArray())) {
            assertThat(file.pages()).isGreaterThan(5);
            for (int page = 1; page <= file.pages(); page++) {
                assertThat(file.text(page)).as("page %d", page).contains("Order", "Code letter", "Marks");
            }
            assertThat(file.text(1)).contains("Judge's sheet", "Elocution (senior)", "Stage 2, 10:00", "C1");
            assertThat(file.text(file.pages())).contains("C400", "Judge:", "Signature:");
        }
    }

    @Test
    void a_landscape_sheet_is_wider_than_high() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.print(out, new PrintedSheet<>("Tabulation", List.of(), List.of(PrintedColumn.<String>blank("A", 1)),
                RowSource.of(List.of("x")), List.of(), true));
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDPage page = document.getPage(0);
            boolean turned = page.getRotation() % 180 != 0;
            float width = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
            float height = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
            assertThat(width).isGreaterThan(height);
        }
    }

    @Test
    void several_sheets_print_as_one_document_each_from_a_new_page_in_its_own_orientation() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<PrintedColumn<String>> columns = List.of(new PrintedColumn<>("Code", 1, row -> row),
                PrintedColumn.blank("Total (100)", 1));
        printer.print(out, List.of(
                new PrintedSheet<>("Judge's sheet", List.of("Judge: Lakshmi"), columns, RowSource.of(List.of("A", "B")),
                        List.of("Signature: ____"), false),
                new PrintedSheet<>("Judge's sheet", List.of("Judge: Joseph"), columns, RowSource.of(List.of("A", "B")),
                        List.of("Signature: ____"), true)));
        try (PdfFile file = new PdfFile(out.toByteArray())) {
            assertThat(file.pages()).isEqualTo(2);
            assertThat(file.text(1)).contains("Judge: Lakshmi", "Total (100)", "Signature").doesNotContain("Joseph");
            assertThat(file.text(2)).contains("Judge: Joseph", "Total (100)", "Signature").doesNotContain("Lakshmi");
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDPage second = document.getPage(1);
            boolean turned = second.getRotation() % 180 != 0;
            float width = turned ? second.getMediaBox().getHeight() : second.getMediaBox().getWidth();
            float height = turned ? second.getMediaBox().getWidth() : second.getMediaBox().getHeight();
            assertThat(width).isGreaterThan(height);
        }
        assertThatThrownBy(() -> printer.print(new ByteArrayOutputStream(), List.<PrintedSheet<String>>of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_failing_stream_is_reported_as_an_io_failure() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("the client went away");
            }
        };
        assertThatThrownBy(() -> printer.print(broken, new PrintedSheet<>("Sheet", List.of(),
                List.of(PrintedColumn.<Integer>blank("A", 1)), RowSource.of(List.of(1)), List.of(), false)))
                .isInstanceOf(UncheckedIOException.class);
    }
}
