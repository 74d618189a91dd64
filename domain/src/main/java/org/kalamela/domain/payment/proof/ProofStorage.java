package org.kalamela.domain.payment.proof;

import java.io.InputStream;
import java.util.Optional;

/**
 * Outbound port: where the files of proofs are kept (a folder by default; an object store can implement it
 * too). Files stream in and out; none is read into memory whole.
 */
public interface ProofStorage {

    /**
     * Writes the whole stream under a new random key and answers it with the size written. The file appears
     * under its key only once complete: when reading fails part-way (the client went away, the proof is too
     * large) the exception passes through and nothing is left behind.
     */
    StoredProof store(InputStream content);

    /**
     * The stored file's bytes, for the caller to stream and close; empty when no file is kept under the key (it
     * was lost, or the folder was not restored with the database), so the caller can say so instead of failing.
     */
    Optional<InputStream> open(ProofKey key);

    /** Removes the file; a key with no file is no error (a second delete, or a store that never completed). */
    void delete(ProofKey key);
}
