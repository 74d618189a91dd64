package org.kalamela.application.registry.officials;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.registry.query.OfficialRow;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** The admin's list of unit office holders across units, filtered by district, unit, office and name, paged. */
@UseCase
public class ListOfficials {

    private final RegistryListReader lists;

    @Inject
    public ListOfficials(RegistryListReader lists) {
        this.lists = lists;
    }

    @Transactional
    public Page<OfficialRow> execute(RegistryListReader.OfficialFilter filter, PageRequest page, Actor actor) {
        actor.require(Role.ADMIN);
        var all = new RegistryListReader.OfficialFilter(null, null, null, null);
        return lists.officials(filter == null ? all : filter, page);
    }
}
