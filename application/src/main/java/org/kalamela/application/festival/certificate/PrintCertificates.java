package org.kalamela.application.festival.certificate;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.document.CertificateSheet;
import org.kalamela.application.document.DocumentPrinter;
import org.kalamela.application.document.PrintedCertificate;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.CertificateFilter;
import org.kalamela.application.festival.query.CertificateReader;
import org.kalamela.application.festival.query.CertificateRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Prints valid certificates in bulk, one to a page, streamed from one query: a unit account its unit's, a
 * district official their district's, the admin all or those of a unit, district or event
 * ({@link CertificateScope}). Voided certificates are never printed. Audited like an export, before printing.
 */
@UseCase
public class PrintCertificates {

    private final CertificateScope scope;
    private final CertificateReader certificates;
    private final CurrentEdition editions;
    private final DocumentPrinter printer;
    private final CertificateSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public PrintCertificates(CertificateScope scope, CertificateReader certificates, CurrentEdition editions,
                             DocumentPrinter printer, CertificateSettings settings, AuditLog audit, Clock clock) {
        this.scope = scope;
        this.certificates = certificates;
        this.editions = editions;
        this.printer = printer;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which certificates: of an edition (null: the current one), and of a unit, district, event when given. */
    public record Command(EditionYear edition, UnitId unitId, DistrictId districtId, EventId eventId) {
    }

    /**
     * A file name without extension that says what it holds, e.g. {@code certificates-2026-district-3}; the
     * parts not given are left out.
     */
    public static String fileName(EditionYear edition, UnitId unit, DistrictId district, EventId event) {
        return "certificates-" + edition + (district == null ? "" : "-district-" + district)
                + (unit == null ? "" : "-unit-" + unit) + (event == null ? "" : "-event-" + event);
    }

    /**
     * Prints onto the stream.
     *
     * @throws org.kalamela.domain.shared.error.Forbidden for a judge
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} for a unit, district or event that does
     *         not exist or is not the actor's; {@code NO_CURRENT_EDITION} when no edition is named or current
     */
    @Transactional
    public void execute(Command command, Actor actor, OutputStream out) {
        EditionYear year = editions.orCurrent(command.edition()).year();
        CertificateFilter filter = scope.filter(year, command.unitId(), command.districtId(), command.eventId(),
                actor);
        String fileName = fileName(year, filter.unit().orElse(null), filter.district().orElse(null),
                filter.event().orElse(null));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("edition", year.toString());
        filter.unit().ifPresent(u -> details.put("unitId", u.toString()));
        filter.district().ifPresent(d -> details.put("districtId", d.toString()));
        filter.event().ifPresent(e -> details.put("eventId", e.toString()));
        audit.record(AuditEntry.by(actor, "PRINT_CERTIFICATES", "document", fileName, clock.instant(), details));
        printer.print(out, new CertificateSheet<>("Certificates " + year, certificates.valid(filter), this::page));
    }

    private PrintedCertificate page(CertificateRow row) {
        List<String> lines = new ArrayList<>();
        lines.add(Places.award(row.grade(), row.rank()));
        lines.add("in " + row.eventName());
        lines.add(row.unitName() + ", " + row.districtName());
        return new PrintedCertificate("Kalamela " + row.edition(), row.memberName(), lines, row.serial().value(),
                settings.verificationAddress(row.serial()));
    }
}
