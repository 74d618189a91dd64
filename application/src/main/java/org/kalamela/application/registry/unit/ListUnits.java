package org.kalamela.application.registry.unit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.application.registry.query.UnitRow;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** The admin's list of registered units, filtered by district, status and name, paged. */
@UseCase
public class ListUnits {

    private final RegistryListReader lists;

    @Inject
    public ListUnits(RegistryListReader lists) {
        this.lists = lists;
    }

    @Transactional
    public Page<UnitRow> execute(RegistryListReader.UnitFilter filter, PageRequest page, Actor actor) {
        actor.require(Role.ADMIN);
        return lists.units(filter == null ? new RegistryListReader.UnitFilter(null, null, null) : filter, page);
    }
}
