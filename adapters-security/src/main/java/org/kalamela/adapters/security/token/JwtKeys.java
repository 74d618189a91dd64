package org.kalamela.adapters.security.token;

import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The RS256 key pair that signs and verifies access tokens. In production both PEM files are configured
 * ({@code KALAMELA_JWT_PRIVATE_KEY_LOCATION}, {@code KALAMELA_JWT_PUBLIC_KEY_LOCATION}); in development and
 * demo, when none are configured, a pair is generated once into an ignored local folder. No private key is
 * ever committed.
 */
@ApplicationScoped
public class JwtKeys {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class);
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public JwtKeys(@ConfigProperty(name = "kalamela.jwt.private-key-location") Optional<String> privateKeyLocation,
                   @ConfigProperty(name = "kalamela.jwt.public-key-location") Optional<String> publicKeyLocation,
                   @ConfigProperty(name = "kalamela.jwt.generate-dev-keys", defaultValue = "false") boolean generate,
                   @ConfigProperty(name = "kalamela.jwt.dev-key-dir", defaultValue = ".kalamela/keys") String devDir) {
        try {
            if (privateKeyLocation.isPresent() && publicKeyLocation.isPresent()) {
                privateKey = KeyUtils.decodePrivateKey(read(Path.of(privateKeyLocation.get())));
                publicKey = KeyUtils.decodePublicKey(read(Path.of(publicKeyLocation.get())));
            } else if (generate) {
                KeyPair pair = devKeyPair(Path.of(devDir));
                privateKey = pair.getPrivate();
                publicKey = pair.getPublic();
            } else {
                throw new IllegalStateException("No JWT keys configured: set KALAMELA_JWT_PRIVATE_KEY_LOCATION and "
                        + "KALAMELA_JWT_PUBLIC_KEY_LOCATION to PEM files (see docs/operations.md)");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The configured JWT keys cannot be read", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    private static KeyPair devKeyPair(Path dir) throws GeneralSecurityException {
        Path privatePem = dir.resolve("private.pem");
        Path publicPem = dir.resolve("public.pem");
        synchronized (JwtKeys.class) {
            if (Files.exists(privatePem) && Files.exists(publicPem)) {
                return new KeyPair(KeyUtils.decodePublicKey(read(publicPem)), KeyUtils.decodePrivateKey(read(privatePem)));
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            try {
                Files.createDirectories(dir);
                Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                writeOwnerOnly(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write development JWT keys to " + dir, e);
            }
            LOG.warnf("No JWT keys configured: generated a development key pair in %s. "
                    + "Configure real keys before going live (docs/operations.md).", dir.toAbsolutePath());
            return pair;
        }
    }

    /**
     * Writes the private key so that only the owner can read it: the file is created with rw------- before
     * any byte of the key is in it (on file systems without POSIX permissions, as the platform creates it).
     */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, content);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read key file " + path, e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
