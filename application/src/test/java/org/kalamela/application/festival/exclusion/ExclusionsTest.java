package org.kalamela.application.festival.exclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.YEAR;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertInvalidFields;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.Refusals.assertViolation;

import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.query.ExclusionRow;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.exclusion.Exclusion;
import org.kalamela.domain.festival.exclusion.ExclusionId;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.paging.PageRequest;

class ExclusionsTest {

    private final FestivalWorld world = new FestivalWorld();
    private final FestivalEvent solo = world.individualEvent("Solo");
    private final MemberId member = world.junior();

    private Exclusion exclude(MemberId who) {
        return world.excludeMember.execute(new ExcludeMember.Command(who, "Misconduct at the rehearsal"),
                world.admin);
    }

    @Test
    void an_excluded_member_cannot_be_entered_until_reincluded() {
        Exclusion exclusion = exclude(member);

        assertThat(exclusion.edition()).isEqualTo(YEAR);
        assertViolation(() -> world.enter(world.official, member, solo), "MEMBER_EXCLUDED");
        AuditEntry excluded = world.fakes.audit.last("MEMBER_EXCLUDED");
        assertThat(excluded.targetId()).isEqualTo(member.toString());
        assertThat(excluded.details()).containsEntry("reason", "Misconduct at the rehearsal");

        world.reincludeMember.execute(exclusion.id(), world.admin);

        assertThat(world.enter(world.official, member, solo).memberId()).isEqualTo(member);
        assertThat(world.fakes.audit.last("MEMBER_REINCLUDED").details())
                .containsEntry("exclusionId", exclusion.id().toString());
    }

    @Test
    void a_member_is_excluded_once_and_must_exist_and_a_reason_is_required() {
        exclude(member);

        assertViolation(() -> exclude(member), "ALREADY_EXCLUDED");
        assertNotFound(() -> exclude(MemberId.of(999)));
        assertInvalidFields(() -> world.excludeMember.execute(new ExcludeMember.Command(world.junior(), " "),
                world.admin), "reason");
        assertNotFound(() -> world.reincludeMember.execute(ExclusionId.of(999), world.admin));
    }

    @Test
    void the_admin_lists_the_exclusions_with_names() {
        exclude(member);

        assertThat(world.listExclusions.execute(null, new PageRequest(0, 50), world.admin).items())
                .singleElement().extracting(ExclusionRow::memberId, ExclusionRow::unitName)
                .containsExactly(member, "Ascension");
    }

    @Test
    void only_the_admin_excludes_and_reincludes() {
        Exclusion exclusion = exclude(member);

        assertForbidden(() -> world.excludeMember.execute(new ExcludeMember.Command(world.junior(), "No"),
                world.official));
        assertForbidden(() -> world.reincludeMember.execute(exclusion.id(), world.official));
        assertForbidden(() -> world.listExclusions.execute(null, new PageRequest(0, 50), world.official));
        assertThat(world.fakes.exclusions.findById(exclusion.id())).isPresent();
    }
}
