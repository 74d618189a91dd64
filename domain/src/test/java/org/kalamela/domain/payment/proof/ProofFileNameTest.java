package org.kalamela.domain.payment.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProofFileNameTest {

    @ParameterizedTest(name = "[{0}] is kept as [{1}]")
    @CsvSource(delimiter = '|', value = {
            "receipt.pdf|receipt.pdf",
            "../../etc/passwd|passwd",
            "C:\\Users\\me\\slip 12.pdf|slip 12.pdf",
            "bank\"; filename=evil.html|bank__ filename_evil.html",
            ".hidden.pdf|hidden.pdf",
            "രസീത്.pdf|_____.pdf",
            "...|proof.pdf",
            "''|proof.pdf"})
    void keeps_only_a_safe_last_segment(String original, String kept) {
        assertThat(ProofFileName.sanitised(original, ProofContentType.PDF)).isEqualTo(kept);
    }

    @Test
    void a_missing_name_becomes_proof_with_the_checked_extension() {
        assertThat(ProofFileName.sanitised(null, ProofContentType.JPEG)).isEqualTo("proof.jpg");
        assertThat(ProofFileName.sanitised("/", ProofContentType.PNG)).isEqualTo("proof.png");
    }

    @Test
    void a_long_name_keeps_its_end() {
        String name = "a".repeat(150) + ".pdf";
        assertThat(ProofFileName.sanitised(name, ProofContentType.PDF)).hasSize(100).endsWith("a.pdf");
    }

    @Test
    void storage_keys_cannot_name_a_path() {
        assertThat(new ProofKey("AbCdEfGhIjKlMnOpQrStUv_-09").value()).hasSize(26);
        assertThatThrownBy(() -> new ProofKey("../../../../etc/passwd-xxxxxxx")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProofKey("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
