package org.kalamela.application.document;

import java.util.List;
import java.util.Objects;

/**
 * One certificate, a page of its own: a heading (the festival and edition), the recipient's name large, the
 * lines under it (what was won, in which event, for which unit), and the serial with its verification address,
 * which is also printed as a QR code.
 */
public record PrintedCertificate(String heading, String name, List<String> lines, String serial,
                                 String verificationAddress) {

    public PrintedCertificate {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(verificationAddress, "verificationAddress");
        lines = List.copyOf(lines);
    }
}
