package org.kalamela.application.festival.query;

import java.util.Optional;
import org.kalamela.application.export.RowSource;
import org.kalamela.domain.festival.certificate.CertificateSerial;

/** Read port: certificates as the public verifies them and as they are printed in bulk. */
public interface CertificateReader {

    /** The certificate of this serial, valid or voided; one indexed query. */
    Optional<CertificateVerification> verification(CertificateSerial serial);

    /**
     * The valid certificates the filter selects, streamed from one query: by district, unit, event and member
     * name, so a district's bundle comes out sorted for handing over unit by unit.
     */
    RowSource<CertificateRow> valid(CertificateFilter filter);
}
