package org.kalamela.adapters.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.application.document.CertificateSheet;
import org.kalamela.application.document.PrintedCertificate;
import org.kalamela.application.export.RowSource;

/**
 * Certificates print one to an A4 landscape page, a Malayalam name in the embedded Malayalam font, and the QR
 * code of each page, rendered and decoded again, is exactly that certificate's verification address.
 */
class CertificatePrintingTest {

    private static final String ADDRESS = "https://kalamela.example/api/v1/certificates/";
    private static final String FIRST = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String SECOND = "ZYXWVTSRQPNMKJHGFEDCBA9876543210";

    private final OpenPdfDocumentPrinter printer = new OpenPdfDocumentPrinter();

    private static PrintedCertificate certificate(String name, String serial) {
        return new PrintedCertificate("Kalamela 2026", name, List.of("First place with grade A", "in Light music",
                "Bethel, Kottayam"), serial, ADDRESS + serial);
    }

    private byte[] print(List<PrintedCertificate> certificates) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.print(out, new CertificateSheet<>("Certificates 2026", RowSource.of(certificates), c -> c));
        return out.toByteArray();
    }

    private static String decode(BufferedImage image) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    @Test
    void each_certificate_is_a_landscape_page_whose_qr_code_is_its_verification_address() throws Exception {
        byte[] pdf = print(List.of(certificate("Anu Thomas", FIRST), certificate("ശ്രീക്കുട്ടി", SECOND)));

        try (PdfFile file = new PdfFile(pdf)) {
            assertThat(file.pages()).isEqualTo(2);
            BufferedImage first = file.render(1, 150, "certificate-english");
            assertThat(first.getWidth()).as("landscape, as displayed and printed").isGreaterThan(first.getHeight());
            assertThat(file.text(1)).contains("Anu Thomas", "First place with grade A", "in Light music",
                    "Serial: " + FIRST, "Verify: " + ADDRESS + FIRST).doesNotContain(SECOND);
            assertThat(file.text(2)).contains("Serial: " + SECOND);
            assertThat(decode(first)).isEqualTo(ADDRESS + FIRST);
            assertThat(decode(file.render(2, 150, "certificate-malayalam"))).isEqualTo(ADDRESS + SECOND);
        }
        try (PdfFile malayalam = new PdfFile(print(List.of(certificate("ശ്രീക്കുട്ടി", SECOND))))) {
            assertThat(malayalam.fontsOfFirstPage()).anyMatch(font -> font.contains("NotoSansMalayalam-Bold")
                    && font.endsWith("(embedded)"));
        }
    }

    @Test
    void the_code_keeps_its_quiet_zone_inside_the_square_it_is_given() {
        BitMatrix matrix = QrCode.encode(ADDRESS + FIRST);

        assertThat(matrix.getWidth()).isEqualTo(matrix.getHeight());
        assertThat(matrix.get(0, 0)).as("a finder pattern's corner, no margin of ZXing's own").isTrue();
    }

    @Test
    void a_sheet_without_certificates_says_so_on_its_one_page() throws Exception {
        try (PdfFile file = new PdfFile(print(List.of()))) {
            assertThat(file.pages()).isEqualTo(1);
            assertThat(file.text(1)).contains("Certificates 2026: no certificates to print");
        }
    }
}
