package org.kalamela.domain.payment.proof;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where storage keeps a proof: a random, unguessable name chosen by the storage (letters, digits, '-' and '_'
 * only, so it can never climb out of the storage's folder), never the uploader's file name.
 */
public record ProofKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22,100}");

    public ProofKey {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a storage key: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
