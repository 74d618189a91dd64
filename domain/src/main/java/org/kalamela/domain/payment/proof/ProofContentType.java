package org.kalamela.domain.payment.proof;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a proof may be, recognised by their first bytes (magic numbers), never by the name or the
 * type the client declares: a renamed text file is no PDF. What a proof holds after its first bytes is not
 * read, so a file is served back only as an attachment of its checked type (never rendered by the browser).
 */
public enum ProofContentType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    /** How many first bytes {@link #recognise} needs at most. */
    public static final int SIGNATURE_LENGTH = 8;

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    ProofContentType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    /** The type whose signature the bytes start with; empty for anything else, an empty file included. */
    public static Optional<ProofContentType> recognise(byte[] head) {
        return Arrays.stream(values()).filter(type -> type.startsOf(head)).findFirst();
    }

    private boolean startsOf(byte[] head) {
        return head.length >= signature.length
                && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }

    /** The media type a proof of this kind is served with. */
    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
