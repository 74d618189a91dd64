package org.kalamela.domain.payment.proof;

import java.util.Objects;

/** A file the storage has written in full: its key and its size in bytes. */
public record StoredProof(ProofKey key, long size) {

    public StoredProof {
        Objects.requireNonNull(key, "key");
        if (size < 0) {
            throw new IllegalArgumentException("a size is never negative: " + size);
        }
    }
}
