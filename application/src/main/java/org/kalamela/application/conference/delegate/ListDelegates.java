package org.kalamela.application.conference.delegate;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.conference.query.DelegateFilter;
import org.kalamela.application.conference.query.DelegateListReader;
import org.kalamela.application.conference.query.DelegateRow;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * The delegates of a conference, paged: the admin's of any district (the members of one district with
 * {@code districtId}), a district official's of their own district only (another district is not found).
 */
@UseCase
public class ListDelegates {

    private final ConferenceLookup conferences;
    private final DelegateListReader reader;

    @Inject
    public ListDelegates(ConferenceLookup conferences, DelegateListReader reader) {
        this.conferences = conferences;
        this.reader = reader;
    }

    /** @throws NotFound for an unknown conference, or (an official) another district named */
    @Transactional
    public Page<DelegateRow> execute(ConferenceId conferenceId, DelegateFilter filter, PageRequest page, Actor actor) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL);
        conferences.require(conferenceId);
        if (filter.districtId() != null && !actor.mayAccessDistrict(filter.districtId())) {
            throw new NotFound("District", filter.districtId());
        }
        DelegateFilter scoped = actor.isAdmin() ? filter : new DelegateFilter(actor.districtId(), filter.kind());
        return reader.list(conferenceId, scoped, page);
    }
}
