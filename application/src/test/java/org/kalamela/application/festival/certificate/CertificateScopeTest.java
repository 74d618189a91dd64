package org.kalamela.application.festival.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.query.CertificateFilter;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** Who prints which certificates: a unit its own, an official their district's, the admin any; else 404. */
class CertificateScopeTest {

    private final FestivalWorld world = new FestivalWorld();
    private final CertificateScope scope = new CertificateScope(world.fakes.members, world.eventLookup);
    private final FestivalEvent event = world.individualEvent("Light music");
    private final Actor unitAccount = new Actor(AccountId.of(9), "unit-ascension", Role.UNIT, world.district,
            world.unit);

    private CertificateFilter filter(UnitId unit, DistrictId district, EventId event, Actor actor) {
        return scope.filter(FestivalWorld.YEAR, unit, district, event, actor);
    }

    @Test
    void a_unit_account_prints_its_own_unit_only() {
        assertThat(filter(null, null, null, unitAccount)).isEqualTo(new CertificateFilter(FestivalWorld.YEAR,
                Optional.of(world.unit), Optional.empty(), Optional.empty()));
        assertThat(filter(world.unit, null, event.id(), unitAccount).event()).contains(event.id());
        assertThatThrownBy(() -> filter(world.secondUnit, null, null, unitAccount)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> filter(null, world.district, null, unitAccount)).isInstanceOf(NotFound.class);
    }

    @Test
    void an_official_prints_their_district_and_any_unit_of_it_but_nothing_of_another_district() {
        assertThat(filter(null, null, null, world.official)).isEqualTo(new CertificateFilter(FestivalWorld.YEAR,
                Optional.empty(), Optional.of(world.district), Optional.empty()));
        assertThat(filter(world.secondUnit, null, null, world.official).unit()).contains(world.secondUnit);
        assertThatThrownBy(() -> filter(null, world.otherDistrict, null, world.official))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> filter(world.otherDistrictUnit, null, null, world.official))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void the_admin_prints_all_or_any_unit_district_or_event_that_exists() {
        assertThat(filter(null, null, null, world.admin)).isEqualTo(new CertificateFilter(FestivalWorld.YEAR,
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(filter(world.otherDistrictUnit, world.otherDistrict, event.id(), world.admin))
                .isEqualTo(new CertificateFilter(FestivalWorld.YEAR, Optional.of(world.otherDistrictUnit),
                        Optional.of(world.otherDistrict), Optional.of(event.id())));
        assertThatThrownBy(() -> filter(UnitId.of(999), null, null, world.admin)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> filter(null, DistrictId.of(999), null, world.admin)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> filter(null, null, EventId.of(999), world.admin)).isInstanceOf(NotFound.class);
    }

    @Test
    void a_judge_prints_none() {
        Actor judge = new Actor(AccountId.of(7), "judge", Role.JUDGE, null, null);
        assertThatThrownBy(() -> filter(null, null, null, judge)).isInstanceOf(Forbidden.class);
    }
}
