package org.kalamela.domain.payment.proof;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.TooLarge;
import org.kalamela.domain.shared.error.UnsupportedType;

/**
 * What an uploaded proof may be: a PDF, PNG or JPEG by its first bytes ({@link ProofContentType}), at most
 * {@value #MAX_BYTES} bytes (5 MiB; exactly 5 MiB is accepted). The size is counted while the file streams to
 * storage, so a proof is never held in memory and an oversized one is refused as soon as its 5 MiB + 1st byte
 * arrives.
 */
public final class ProofLimits {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private ProofLimits() {
    }

    /**
     * Reads the upload's first bytes to recognise its type and hands back the whole upload (those bytes
     * included) behind the size limit.
     *
     * @throws UnsupportedType {@code PROOF_TYPE_NOT_ALLOWED} for an empty file or one that is no PDF, PNG or JPEG
     */
    public static CheckedProof check(InputStream upload) {
        BufferedInputStream buffered = new BufferedInputStream(upload, 8192);
        try {
            buffered.mark(ProofContentType.SIGNATURE_LENGTH);
            byte[] head = buffered.readNBytes(ProofContentType.SIGNATURE_LENGTH);
            buffered.reset();
            ProofContentType type = ProofContentType.recognise(head).orElseThrow(() -> new UnsupportedType(
                    ErrorCode.PROOF_TYPE_NOT_ALLOWED, head.length == 0 ? "The proof is an empty file"
                            : "A proof is a PDF, PNG or JPEG file, recognised by its content"));
            return new CheckedProof(type, new Limited(buffered));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recognised proof: its type and its content, which refuses to read past {@link #MAX_BYTES}. */
    public record CheckedProof(ProofContentType type, InputStream content) {
    }

    /** Counts what is read and throws {@code PROOF_TOO_LARGE} at the first byte over the limit. */
    private static final class Limited extends FilterInputStream {

        private long count;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void counted(long n) {
            count += n;
            if (count > MAX_BYTES) {
                throw new TooLarge(ErrorCode.PROOF_TOO_LARGE, "A proof is at most " + MAX_BYTES + " bytes (5 MiB)");
            }
        }
    }
}
