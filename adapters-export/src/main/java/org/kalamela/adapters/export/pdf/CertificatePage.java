package org.kalamela.adapters.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.kalamela.application.document.PrintedCertificate;

/**
 * One certificate on an A4 landscape page: a double frame, the heading, the recipient's name large (Malayalam or
 * English, each run in its font, ScriptRuns), what was won, and at the foot the serial and the verification
 * address, with the QR code of that address in the lower right corner.
 */
final class CertificatePage {

    static final float QR_SIZE = 130f;
    private static final float FRAME = 24f;

    private final PdfFonts fonts;

    CertificatePage(PdfFonts fonts) {
        this.fonts = fonts;
    }

    void print(Document document, PdfWriter writer, PrintedCertificate certificate) {
        Rectangle page = document.getPageSize();
        PdfContentByte canvas = writer.getDirectContent();
        frame(canvas, page);
        try {
            add(document, certificate.heading(), true, 18f, 40f);
            add(document, "Certificate of Merit", true, 34f, 16f);
            add(document, "This is to certify that", false, 14f, 28f);
            add(document, certificate.name(), true, 30f, 14f);
            for (String line : certificate.lines()) {
                add(document, line, false, 16f, 8f);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the certificate " + certificate.serial(), e);
        }
        float foot = FRAME + 24f;
        QrCode.draw(canvas, certificate.verificationAddress(), page.getWidth() - FRAME - 16f - QR_SIZE, foot,
                QR_SIZE);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                ScriptRuns.phrase(fonts, "Serial: " + certificate.serial(), true, 10f), FRAME + 24f, foot + 18f, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                ScriptRuns.phrase(fonts, "Verify: " + certificate.verificationAddress(), false, 9f),
                FRAME + 24f, foot + 4f, 0);
    }

    private void add(Document document, String text, boolean bold, float size, float spacingBefore)
            throws DocumentException {
        Paragraph paragraph = new Paragraph(ScriptRuns.phrase(fonts, text, bold, size));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        document.add(paragraph);
    }

    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setLineWidth(2.5f);
        canvas.rectangle(FRAME, FRAME, page.getWidth() - 2 * FRAME, page.getHeight() - 2 * FRAME);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(FRAME + 6f, FRAME + 6f, page.getWidth() - 2 * FRAME - 12f, page.getHeight() - 2 * FRAME - 12f);
        canvas.stroke();
        canvas.restoreState();
    }
}
