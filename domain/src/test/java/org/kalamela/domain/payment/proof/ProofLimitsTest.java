package org.kalamela.domain.payment.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kalamela.domain.shared.error.TooLarge;
import org.kalamela.domain.shared.error.UnsupportedType;

class ProofLimitsTest {

    static byte[] fileOf(ProofContentType type, int size) {
        byte[] signature = switch (type) {
            case PDF -> "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            case PNG -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
            case JPEG -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        };
        byte[] file = new byte[size];
        Arrays.fill(file, (byte) 'x');
        System.arraycopy(signature, 0, file, 0, Math.min(size, signature.length));
        return file;
    }

    private static long drain(InputStream in) throws IOException {
        return in.transferTo(java.io.OutputStream.nullOutputStream());
    }

    @ParameterizedTest
    @EnumSource(ProofContentType.class)
    void each_allowed_type_is_recognised_and_streams_whole(ProofContentType type) throws IOException {
        byte[] file = fileOf(type, 1000);
        ProofLimits.CheckedProof proof = ProofLimits.check(new ByteArrayInputStream(file));
        assertThat(proof.type()).isEqualTo(type);
        assertThat(proof.content().readAllBytes()).isEqualTo(file);
    }

    @Test
    void exactly_five_mebibytes_pass() throws IOException {
        ProofLimits.CheckedProof proof = ProofLimits.check(new ByteArrayInputStream(
                fileOf(ProofContentType.PDF, (int) ProofLimits.MAX_BYTES)));
        assertThat(drain(proof.content())).isEqualTo(5L * 1024 * 1024);
    }

    @Test
    void one_byte_more_is_refused_while_streaming() {
        ProofLimits.CheckedProof proof = ProofLimits.check(new ByteArrayInputStream(
                fileOf(ProofContentType.PNG, (int) ProofLimits.MAX_BYTES + 1)));
        assertThatThrownBy(() -> drain(proof.content())).isInstanceOfSatisfying(TooLarge.class,
                e -> assertThat(e.code()).isEqualTo("PROOF_TOO_LARGE"));
    }

    @Test
    void a_large_file_is_refused_byte_by_byte_too() throws IOException {
        InputStream content = ProofLimits.check(new ByteArrayInputStream(
                fileOf(ProofContentType.JPEG, (int) ProofLimits.MAX_BYTES + 1))).content();
        for (long i = 0; i < ProofLimits.MAX_BYTES; i++) {
            content.read();
        }
        assertThatThrownBy(content::read).isInstanceOf(TooLarge.class);
    }

    @Test
    void an_empty_file_is_no_proof() {
        assertThatThrownBy(() -> ProofLimits.check(new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(UnsupportedType.class,
                        e -> assertThat(e.code()).isEqualTo("PROOF_TYPE_NOT_ALLOWED"));
    }

    @Test
    void a_renamed_text_file_is_no_proof() {
        byte[] text = "Paid 350 rupees, see attached".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProofLimits.check(new ByteArrayInputStream(text)))
                .isInstanceOf(UnsupportedType.class);
    }

    @Test
    void html_is_no_proof_but_a_pdf_signature_followed_by_html_is_a_pdf() {
        assertThatThrownBy(() -> ProofLimits.check(new ByteArrayInputStream(
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UnsupportedType.class);
        assertThat(ProofLimits.check(new ByteArrayInputStream("%PDF-<html><script>alert(1)</script>"
                .getBytes(StandardCharsets.UTF_8))).type()).isEqualTo(ProofContentType.PDF);
    }
}
