package org.kalamela.application.document;

import java.util.Objects;
import java.util.function.Function;
import org.kalamela.application.export.RowSource;

/** Certificates printed one to an A4 landscape page, in the order the rows arrive. */
public record CertificateSheet<T>(String title, RowSource<T> rows, Function<? super T, PrintedCertificate> certificate) {

    public CertificateSheet {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(certificate, "certificate");
    }
}
