package org.kalamela.application.payment.fakes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.payment.proof.ProofKey;
import org.kalamela.domain.payment.proof.ProofStorage;
import org.kalamela.domain.payment.proof.StoredProof;

/**
 * Proof files in memory (the test files are small): a file is kept only once read to its end, as the
 * filesystem adapter moves a file into place only once complete.
 */
public class InMemoryProofStorage implements ProofStorage {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<ProofKey, byte[]> files = new LinkedHashMap<>();

    @Override
    public StoredProof store(InputStream content) {
        byte[] bytes;
        try {
            bytes = content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        ProofKey key = new ProofKey(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        synchronized (this) {
            files.put(key, bytes);
        }
        return new StoredProof(key, bytes.length);
    }

    @Override
    public synchronized Optional<InputStream> open(ProofKey key) {
        return Optional.ofNullable(files.get(key)).map(ByteArrayInputStream::new);
    }

    @Override
    public synchronized void delete(ProofKey key) {
        files.remove(key);
    }

    public synchronized int size() {
        return files.size();
    }

    public synchronized Optional<byte[]> bytesOf(ProofKey key) {
        return Optional.ofNullable(files.get(key));
    }
}
