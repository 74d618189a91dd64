package org.kalamela.application.registry.unit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.application.registry.query.UnitNameRow;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * The whole master data of unit names, filtered and paged, for the admin ({@link ListActiveUnitNames} for the
 * public registration form).
 */
@UseCase
public class ListUnitNames {

    private final RegistryListReader lists;

    @Inject
    public ListUnitNames(RegistryListReader lists) {
        this.lists = lists;
    }

    @Transactional
    public Page<UnitNameRow> execute(RegistryListReader.UnitNameFilter filter, PageRequest page, Actor actor) {
        actor.require(Role.ADMIN);
        return lists.unitNames(filter == null ? new RegistryListReader.UnitNameFilter(null, null, null, null) : filter,
                page);
    }
}
