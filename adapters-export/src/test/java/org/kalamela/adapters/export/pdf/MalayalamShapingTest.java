package org.kalamela.adapters.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.document.PrintedColumn;
import org.kalamela.application.document.PrintedSheet;
import org.kalamela.application.export.RowSource;

/**
 * Malayalam prints as it is written: conjuncts, vowel signs placed before their consonant and the dot of the
 * virama only where it belongs. The page is rendered to an image (kept under target/pdf-artefacts) and the
 * printed word is measured against the same word shaped by the JDK's own text layout; the same word set
 * letter by letter, unshaped, comes out far wider, so the comparison tells shaped from unshaped text (and
 * from empty boxes, which are wider still).
 */
class MalayalamShapingTest {

    /** Sreekutty: a reph (ശ്ര), a doubled consonant with a vowel sign (ക്കു) and a conjunct with i (ട്ടി). */
    private static final String NAME = "ശ്രീക്കുട്ടി";
    private static final int DPI = 144;
    private static final float TITLE_POINTS = 14f;

    private final OpenPdfDocumentPrinter printer = new OpenPdfDocumentPrinter();

    @Test
    void a_malayalam_name_prints_shaped_not_letter_by_letter() throws Exception {
        byte[] pdf = print(NAME);
        try (PdfFile file = new PdfFile(pdf)) {
            assertThat(file.fontsOfFirstPage()).anyMatch(font -> font.contains("NotoSansMalayalam-Bold")
                    && font.endsWith("(embedded)"));
            int printed = Ink.firstLine(file.render(1, DPI, "malayalam-title")).width();

            float pixels = TITLE_POINTS * DPI / 72f;
            int shaped = Ink.firstLine(java2d(NAME, pixels, true)).width();
            int unshaped = Ink.firstLine(java2d(NAME, pixels, false)).width();

            assertThat((double) unshaped / shaped).as("the word tells shaped from unshaped text")
                    .isGreaterThan(1.15);
            assertThat((double) printed / shaped).as("printed width / shaped width").isCloseTo(1.0, within(0.06));
        }
    }

    @Test
    void names_in_both_scripts_share_a_line_in_a_table() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.print(out, new PrintedSheet<>("Call sheet", List.of("Light music (girls), stage 1"),
                List.of(new PrintedColumn<String>("Name", 3, name -> name), PrintedColumn.blank("Signature", 2)),
                RowSource.of(List.of("Anu " + NAME, "ഗൗരി Krishnan", "Mary Thomas")), List.of(), false));
        try (PdfFile file = new PdfFile(out.toByteArray())) {
            file.render(1, DPI, "mixed-scripts-table");
            assertThat(file.text(1)).contains("Call sheet", "Anu", "Krishnan", "Mary Thomas", "Signature");
            assertThat(file.fontsOfFirstPage()).anyMatch(font -> font.contains("NotoSansMalayalam"))
                    .anyMatch(font -> font.contains("NotoSans-"));
        }
    }

    private byte[] print(String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.print(out, new PrintedSheet<>(title, List.of(), List.of(PrintedColumn.<String>blank(" ", 1)),
                RowSource.of(List.<String>of()), List.of(), false));
        return out.toByteArray();
    }

    /** The word drawn by Java2D with the embedded bold font: shaped as a whole, or one character at a time. */
    private static BufferedImage java2d(String text, float pixels, boolean shaped) throws Exception {
        Font font;
        try (InputStream in = MalayalamShapingTest.class.getResourceAsStream(
                "/org/kalamela/adapters/export/pdf/fonts/NotoSansMalayalam-Bold.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(pixels);
        }
        BufferedImage image = new BufferedImage(1200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setFont(font);
        if (shaped) {
            g.drawString(text, 20, 120);
        } else {
            FontRenderContext context = g.getFontRenderContext();
            float x = 20;
            for (char c : text.toCharArray()) {
                g.drawGlyphVector(font.createGlyphVector(context, new char[] {c}), x, 120);
                x += (float) font.createGlyphVector(context, new char[] {c}).getLogicalBounds().getWidth();
            }
        }
        g.dispose();
        return image;
    }
}
