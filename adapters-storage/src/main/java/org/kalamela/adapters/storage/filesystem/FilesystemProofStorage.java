package org.kalamela.adapters.storage.filesystem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kalamela.domain.payment.proof.ProofKey;
import org.kalamela.domain.payment.proof.ProofStorage;
import org.kalamela.domain.payment.proof.StoredProof;

/**
 * Proofs as files in one folder ({@code kalamela.uploads.dir}, from {@code KALAMELA_UPLOAD_DIR}), outside any
 * served path. Each file is named by 32 random bytes (base64url), never by what the uploader called it. A
 * file is streamed into a temporary {@code .part} file of the same folder and moved to its name atomically
 * once complete, so a key never names half a file and a failed or abandoned upload leaves nothing under a
 * key (its part file is deleted at once; one left by a crash is swept at the next start).
 */
@ApplicationScoped
public class FilesystemProofStorage implements ProofStorage {

    private static final String PART_PREFIX = ".upload-";
    private static final String PART_SUFFIX = ".part";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;

    @Inject
    public FilesystemProofStorage(@ConfigProperty(name = "kalamela.uploads.dir") String folder) {
        this(Path.of(folder));
    }

    public FilesystemProofStorage(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.folder);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(this.folder, PosixFilePermissions.fromString("rwx------"));
            }
            sweepAbandonedParts();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the upload folder " + this.folder, e);
        }
    }

    @Override
    public StoredProof store(InputStream content) {
        Path part = null;
        try {
            part = Files.createTempFile(folder, PART_PREFIX, PART_SUFFIX);
            long size;
            try (OutputStream out = Files.newOutputStream(part)) {
                size = content.transferTo(out);
            }
            ProofKey key = newKey();
            Files.move(part, fileOf(key), StandardCopyOption.ATOMIC_MOVE);
            return new StoredProof(key, size);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UncheckedIOException("the proof could not be stored", e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(part);
            throw e;
        }
    }

    @Override
    public Optional<InputStream> open(ProofKey key) {
        try {
            return Optional.of(Files.newInputStream(fileOf(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("no stored proof " + key, e);
        }
    }

    @Override
    public void delete(ProofKey key) {
        try {
            Files.deleteIfExists(fileOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("the proof " + key + " could not be deleted", e);
        }
    }

    /** The folder's path; the key's shape (letters, digits, '-', '_') keeps it inside. */
    private Path fileOf(ProofKey key) {
        return folder.resolve(key.value());
    }

    private static ProofKey newKey() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return new ProofKey(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    private void sweepAbandonedParts() throws IOException {
        Instant before = Instant.now().minus(ABANDONED_AFTER);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, PART_PREFIX + "*" + PART_SUFFIX)) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(before)) {
                    Files.deleteIfExists(part);
                }
            }
        }
    }

    private static void deleteQuietly(Path part) {
        if (part == null) {
            return;
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // The part file is swept at the next start; the original failure is what the caller needs.
        }
    }
}
