package org.kalamela.application.festival.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.festival.certificate.Certificate;
import org.kalamela.domain.festival.certificate.CertificateRepository;
import org.kalamela.domain.festival.certificate.CertificateSerial;
import org.kalamela.domain.festival.certificate.Recipient;
import org.kalamela.domain.festival.certificate.Voiding;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Certificates in memory, with V20's rules: serials unique, one valid certificate per member and event, a
 * replacement that exists by the end (checked when asked, as the deferred key is at commit). Recipients come
 * from the fake's entry results and the members of their entries and teams.
 */
public final class InMemoryCertificateRepository implements CertificateRepository {

    /** A stored certificate and, once voided, how. */
    public record Stored(Certificate certificate, Optional<Voiding> voiding) {
    }

    private final InMemoryEventResultRepository results;
    private final InMemoryIndividualEntryRepository entries;
    private final InMemoryTeamRepository teams;
    private final Map<CertificateSerial, Stored> stored = new LinkedHashMap<>();

    public InMemoryCertificateRepository(InMemoryEventResultRepository results,
                                         InMemoryIndividualEntryRepository entries, InMemoryTeamRepository teams) {
        this.results = results;
        this.entries = entries;
        this.teams = teams;
    }

    @Override
    public synchronized List<Recipient> recipients(EventId event) {
        List<Recipient> recipients = new ArrayList<>();
        for (EntryResult result : results.entries(event)) {
            List<MemberId> members = result.performer().entry()
                    .map(id -> List.of(entries.findById(id).orElseThrow().memberId()))
                    .orElseGet(() -> teams.findById(result.performer().team().orElseThrow()).orElseThrow().members()
                            .stream().sorted((a, b) -> Long.compare(a.value(), b.value())).toList());
            members.forEach(member -> recipients.add(new Recipient(result.performer(), member,
                    result.grade().letter(), result.rank())));
        }
        return recipients;
    }

    @Override
    public synchronized List<Certificate> valid(EventId event) {
        return stored.values().stream().filter(s -> s.voiding().isEmpty())
                .map(Stored::certificate).filter(c -> c.issuedFrom().event().equals(event)).toList();
    }

    @Override
    public synchronized void voidAll(List<Voiding> voidings) {
        for (Voiding voiding : voidings) {
            Stored old = stored.get(voiding.voided());
            if (old == null || old.voiding().isPresent()) {
                throw new IllegalStateException("no valid certificate " + voiding.voided());
            }
            stored.put(voiding.voided(), new Stored(old.certificate(), Optional.of(voiding)));
        }
    }

    @Override
    public synchronized void issue(List<Certificate> certificates) {
        for (Certificate certificate : certificates) {
            if (stored.containsKey(certificate.serial())) {
                throw new IllegalStateException("certificates_serial_uq: " + certificate.serial());
            }
            boolean twice = valid(certificate.issuedFrom().event()).stream()
                    .anyMatch(c -> c.member().equals(certificate.member()));
            if (twice) {
                throw new IllegalStateException("certificates_valid_uq: member " + certificate.member());
            }
            stored.put(certificate.serial(), new Stored(certificate, Optional.empty()));
        }
    }

    /** Every certificate ever issued, in order of issue; each replacement named exists. */
    public synchronized List<Stored> all() {
        stored.values().forEach(s -> s.voiding().flatMap(Voiding::replacement).ifPresent(serial -> {
            if (!stored.containsKey(serial)) {
                throw new IllegalStateException("certificates_replaced_by_fk: " + serial);
            }
        }));
        return List.copyOf(stored.values());
    }

    /** When the certificate was voided, if it was. */
    public synchronized Optional<Instant> voidedAt(CertificateSerial serial) {
        return Optional.ofNullable(stored.get(serial)).flatMap(Stored::voiding).map(Voiding::at);
    }
}
