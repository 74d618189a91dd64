package org.kalamela.application.festival.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kalamela.application.festival.event.EventLookup;
import org.kalamela.application.festival.query.CertificateFilter;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.eligibility.FestivalMemberDirectory;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Which certificates an actor may print: a unit account its own unit's, a district official their own
 * district's (any unit of it), the admin any. Asking for another unit or district is answered as if it did not
 * exist (API.md: 404, never a hint that it does).
 */
@ApplicationScoped
public class CertificateScope {

    private final FestivalMemberDirectory directory;
    private final EventLookup events;

    @Inject
    public CertificateScope(FestivalMemberDirectory directory, EventLookup events) {
        this.directory = directory;
        this.events = events;
    }

    /**
     * @throws org.kalamela.domain.shared.error.Forbidden for a judge
     * @throws NotFound {@code NOT_FOUND} for a unit, district or event that does not exist or is not the actor's
     */
    public CertificateFilter filter(EditionYear edition, UnitId unit, DistrictId district, EventId event,
                                    Actor actor) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL, Role.UNIT);
        if (event != null) {
            events.require(event, edition);
        }
        Optional<DistrictId> ofUnit = unit == null ? Optional.empty() : Optional.of(directory.districtOfUnit(unit)
                .orElseThrow(() -> new NotFound("Unit", unit)));
        if (district != null && directory.districtName(district).isEmpty()) {
            throw new NotFound("District", district);
        }
        switch (actor.role()) {
            case UNIT -> {
                UnitId own = actor.unit().orElseThrow();
                if (unit != null && !unit.equals(own)) {
                    throw new NotFound("Unit", unit);
                }
                if (district != null) {
                    throw new NotFound("District", district);
                }
                return new CertificateFilter(edition, Optional.of(own), Optional.empty(), Optional.ofNullable(event));
            }
            case DISTRICT_OFFICIAL -> {
                DistrictId own = actor.district().orElseThrow();
                if (district != null && !district.equals(own)) {
                    throw new NotFound("District", district);
                }
                if (ofUnit.isPresent() && !ofUnit.get().equals(own)) {
                    throw new NotFound("Unit", unit);
                }
                return new CertificateFilter(edition, Optional.ofNullable(unit), Optional.of(own),
                        Optional.ofNullable(event));
            }
            default -> {
                return new CertificateFilter(edition, Optional.ofNullable(unit), Optional.ofNullable(district),
                        Optional.ofNullable(event));
            }
        }
    }
}
