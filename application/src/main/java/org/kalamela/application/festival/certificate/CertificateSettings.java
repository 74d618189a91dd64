package org.kalamela.application.festival.certificate;

import java.net.URI;
import java.util.Objects;
import org.kalamela.domain.festival.certificate.CertificateSerial;

/**
 * Deploy-time settings of certificates, read from configuration by the bootstrap module.
 *
 * @param publicBaseUrl the address the public reaches the application at (scheme, host, port, no path), which
 *                      a certificate's QR code leads to, e.g. {@code https://kalamela.example}
 */
public record CertificateSettings(String publicBaseUrl) {

    public static final String VERIFICATION_PATH = "/api/v1/certificates/";

    public CertificateSettings {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        URI uri = URI.create(publicBaseUrl);
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new IllegalArgumentException("the public base URL must be an absolute http(s) address: "
                    + publicBaseUrl);
        }
        publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /**
     * The origin (scheme, host and port) of another public address of the application, such as the
     * password-reset link's, for deployments that configure only that one.
     */
    public static CertificateSettings originOf(String address) {
        URI uri = URI.create(address);
        return new CertificateSettings(uri.getScheme() + "://" + uri.getRawAuthority());
    }

    /** The absolute public verification address of a serial, which the certificate's QR code holds. */
    public String verificationAddress(CertificateSerial serial) {
        return publicBaseUrl + VERIFICATION_PATH + serial.value();
    }
}
