package org.kalamela.adapters.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtKeysTest {

    @TempDir
    Path dir;

    @Test
    void aGeneratedDevelopmentPrivateKeyIsReadableByItsOwnerOnly() throws Exception {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");

        new JwtKeys(Optional.empty(), Optional.empty(), true, dir.toString());

        assertThat(Files.getPosixFilePermissions(dir.resolve("private.pem")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void theGeneratedPairIsKeptAndReadBackOnTheNextStart() {
        JwtKeys first = new JwtKeys(Optional.empty(), Optional.empty(), true, dir.toString());
        JwtKeys second = new JwtKeys(Optional.empty(), Optional.empty(), true, dir.toString());

        assertThat(second.publicKey()).isEqualTo(first.publicKey());
        assertThat(second.privateKey()).isEqualTo(first.privateKey());
    }

    @Test
    void theConfiguredKeyFilesAreUsedAsTheyAre() {
        JwtKeys generated = new JwtKeys(Optional.empty(), Optional.empty(), true, dir.toString());

        JwtKeys configured = new JwtKeys(Optional.of(dir.resolve("private.pem").toString()),
                Optional.of(dir.resolve("public.pem").toString()), false, "unused");

        assertThat(configured.publicKey()).isEqualTo(generated.publicKey());
    }
}
