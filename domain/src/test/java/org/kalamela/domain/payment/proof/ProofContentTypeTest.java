package org.kalamela.domain.payment.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProofContentTypeTest {

    @Test
    void signatures_are_matched_from_the_first_byte() {
        assertThat(ProofContentType.recognise("%PDF-".getBytes(StandardCharsets.US_ASCII))).contains(ProofContentType.PDF);
        assertThat(ProofContentType.recognise(" %PDF-1".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ProofContentType.recognise("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ProofContentType.recognise(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))
                .contains(ProofContentType.JPEG);
        assertThat(ProofContentType.recognise(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(ProofContentType.recognise(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}))
                .contains(ProofContentType.PNG);
        assertThat(ProofContentType.recognise(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\n', '\n', 0x1A, '\n'}))
                .isEmpty();
        assertThat(ProofContentType.recognise(new byte[0])).isEmpty();
    }

    @Test
    void each_type_is_served_with_its_media_type() {
        assertThat(ProofContentType.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(ProofContentType.PNG.mediaType()).isEqualTo("image/png");
        assertThat(ProofContentType.JPEG.mediaType()).isEqualTo("image/jpeg");
    }
}
