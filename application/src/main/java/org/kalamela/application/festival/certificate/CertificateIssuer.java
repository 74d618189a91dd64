package org.kalamela.application.festival.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kalamela.domain.festival.certificate.CertificateReissue;
import org.kalamela.domain.festival.certificate.CertificateRepository;
import org.kalamela.domain.festival.certificate.IssuedFrom;
import org.kalamela.domain.festival.certificate.SerialGenerator;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.Publication;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * Issues an event's certificates when its result is published, inside the publishing use case's transaction
 * (ADR-19): the recipients read once, the valid certificates read once, the old ones voided in one statement and
 * the new ones inserted in another, so publishing costs the same round trips whatever the number of entries. A
 * failed issue rolls the publication back with it: no result is ever public without its certificates. Each
 * issue and each void is audited, one entry per publication with its counts (the rows carry the details).
 */
@ApplicationScoped
public class CertificateIssuer {

    private final CertificateRepository certificates;
    private final SerialGenerator serials;
    private final AuditLog audit;

    @Inject
    public CertificateIssuer(CertificateRepository certificates, SerialGenerator serials, AuditLog audit) {
        this.certificates = certificates;
        this.serials = serials;
        this.audit = audit;
    }

    /**
     * @param published the event's result just published or republished (and saved)
     * @throws IllegalArgumentException for a result that is not published
     */
    public CertificateReissue.Outcome issueFor(EventResult published, Actor actor) {
        Publication publication = published.publication()
                .orElseThrow(() -> new IllegalArgumentException("certificates come from published results only: "
                        + published.event() + " is " + published.state()));
        IssuedFrom from = new IssuedFrom(published.event(), published.edition(), published.revision(),
                publication.publishedAt(), actor.accountId());
        CertificateReissue.Outcome outcome = CertificateReissue.issue(from, certificates.valid(published.event()),
                certificates.recipients(published.event()), serials);
        certificates.voidAll(outcome.voided());
        certificates.issue(outcome.issued());
        if (!outcome.voided().isEmpty()) {
            long replaced = outcome.voided().stream().filter(v -> v.replacement().isPresent()).count();
            audit.record(AuditEntry.by(actor, "CERTIFICATES_VOIDED", "event", published.event(), from.at(), Map.of(
                    "voided", Integer.toString(outcome.voided().size()), "replaced", Long.toString(replaced),
                    "revision", Integer.toString(from.revision()))));
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("issued", Integer.toString(outcome.issued().size()));
        details.put("revision", Integer.toString(from.revision()));
        audit.record(AuditEntry.by(actor, "CERTIFICATES_ISSUED", "event", published.event(), from.at(), details));
        return outcome;
    }
}
