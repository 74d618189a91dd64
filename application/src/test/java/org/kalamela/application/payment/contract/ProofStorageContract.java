package org.kalamela.application.payment.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.payment.proof.ProofKey;
import org.kalamela.domain.payment.proof.ProofStorage;
import org.kalamela.domain.payment.proof.StoredProof;

/** What every {@link ProofStorage} does; a subclass gives each test an empty storage and counts its files. */
public abstract class ProofStorageContract {

    protected abstract ProofStorage storage();

    /** How many files the storage holds now, finished or not. */
    protected abstract long filesHeld();

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aStoredFileReadsBackWhole() throws IOException {
        StoredProof stored = storage().store(bytes("%PDF-1.7 a receipt"));

        assertThat(stored.size()).isEqualTo(18);
        try (InputStream in = storage().open(stored.key()).orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7 a receipt");
        }
        assertThat(filesHeld()).isEqualTo(1);
    }

    @Test
    void everyFileGetsANewUnguessableKey() {
        ProofKey first = storage().store(bytes("same")).key();
        ProofKey second = storage().store(bytes("same")).key();

        assertThat(first).isNotEqualTo(second);
        assertThat(first.value()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(filesHeld()).isEqualTo(2);
    }

    @Test
    void aStoreThatFailsPartWayLeavesNothing() {
        InputStream breaking = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 10_000) {
                    return 'x';
                }
                throw new IOException("the client went away");
            }
        };

        assertThatThrownBy(() -> storage().store(breaking)).isInstanceOf(UncheckedIOException.class);
        assertThat(filesHeld()).isZero();
    }

    @Test
    void aRefusalRaisedByTheStreamPassesThroughAndLeavesNothing() {
        InputStream refusing = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("too large");
            }
        };

        assertThatThrownBy(() -> storage().store(refusing)).isInstanceOf(IllegalStateException.class)
                .hasMessage("too large");
        assertThat(filesHeld()).isZero();
    }

    @Test
    void aDeletedFileIsGoneAndDeletingTwiceIsNoError() {
        StoredProof stored = storage().store(bytes("%PDF-"));
        storage().delete(stored.key());
        storage().delete(stored.key());

        assertThat(filesHeld()).isZero();
        assertThat(storage().open(stored.key())).isEmpty();
    }

    @Test
    void aKeyThatNamesNoFileOpensNothing() {
        assertThat(storage().open(new ProofKey("no-such-file-was-ever-stored-here"))).isEmpty();
    }

    @Test
    void anEmptyStreamIsStoredAsAnEmptyFile() {
        assertThat(storage().store(InputStream.nullInputStream()).size()).isZero();
    }
}
