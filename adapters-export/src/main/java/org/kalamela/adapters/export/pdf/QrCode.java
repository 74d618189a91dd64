package org.kalamela.adapters.export.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.Map;

/**
 * A QR code drawn on a PDF page as vector squares (ZXing computes the modules, OpenPDF fills them), so it is
 * sharp at any printer's resolution and needs no image library. Error correction level M (15 % of the code may
 * be damaged or dirty) and the quiet zone of four modules left blank around it, as the standard asks.
 */
final class QrCode {

    /** The blank border a reader needs around the code, in modules. */
    static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /**
     * Draws the code of {@code text} as a square of side {@code size} points whose lower left corner is at
     * ({@code x}, {@code y}), quiet zone included.
     */
    static void draw(PdfContentByte canvas, String text, float x, float y, float size) {
        BitMatrix matrix = encode(text);
        int modules = matrix.getWidth() + 2 * QUIET_ZONE;
        float module = size / modules;
        canvas.saveState();
        canvas.setGrayFill(0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            float top = y + size - (QUIET_ZONE + row + 1) * module;
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                canvas.rectangle(x + (QUIET_ZONE + start) * module, top, (column - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
    }
}
