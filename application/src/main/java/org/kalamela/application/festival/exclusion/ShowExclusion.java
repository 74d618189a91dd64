package org.kalamela.application.festival.exclusion;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.exclusion.Exclusion;
import org.kalamela.domain.festival.exclusion.ExclusionId;
import org.kalamela.domain.festival.exclusion.ExclusionRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;

/** One exclusion for the admin, of any edition (the Location of a created exclusion). */
@UseCase
public class ShowExclusion {

    private final ExclusionRepository exclusions;

    @Inject
    public ShowExclusion(ExclusionRepository exclusions) {
        this.exclusions = exclusions;
    }

    @Transactional
    public Exclusion execute(ExclusionId id, Actor actor) {
        actor.require(Role.ADMIN);
        return (id == null ? Optional.<Exclusion>empty() : exclusions.findById(id))
                .orElseThrow(() -> new NotFound("exclusion", id));
    }
}
