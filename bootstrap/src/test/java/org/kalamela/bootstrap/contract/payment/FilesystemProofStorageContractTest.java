package org.kalamela.bootstrap.contract.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kalamela.adapters.storage.filesystem.FilesystemProofStorage;
import org.kalamela.application.payment.contract.ProofStorageContract;
import org.kalamela.domain.payment.proof.ProofStorage;
import org.kalamela.domain.payment.proof.StoredProof;

/** The proof-storage contract against a real folder, plus what only a folder can show. */
class FilesystemProofStorageContractTest extends ProofStorageContract {

    @TempDir
    Path folder;

    private FilesystemProofStorage storage;

    @BeforeEach
    void emptyFolder() {
        storage = new FilesystemProofStorage(folder.resolve("uploads"));
    }

    @Override
    protected ProofStorage storage() {
        return storage;
    }

    @Override
    protected long filesHeld() {
        try (Stream<Path> files = Files.list(folder.resolve("uploads"))) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFileIsNamedByItsKeyInsideTheFolderAndOnlyItsOwnerMayReadTheFolder() throws IOException {
        StoredProof stored = storage.store(new ByteArrayInputStream(new byte[] {'%', 'P', 'D', 'F', '-'}));

        Path file = folder.resolve("uploads").resolve(stored.key().value());
        assertThat(file).exists().hasSize(5);
        assertThat(stored.key().value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(Files.getPosixFilePermissions(folder.resolve("uploads")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.OWNER_EXECUTE);
    }

    @Test
    void partFilesAbandonedByACrashAreSweptAtTheNextStartRecentOnesAreNot() throws IOException {
        Path uploads = folder.resolve("uploads");
        Path old = Files.createFile(uploads.resolve(".upload-1.part"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = Files.createFile(uploads.resolve(".upload-2.part"));

        new FilesystemProofStorage(uploads);

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
    }
}
