package org.kalamela.application.festival.appeal;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.AppealFilter;
import org.kalamela.application.festival.query.AppealListReader;
import org.kalamela.application.festival.query.AppealRow;
import org.kalamela.domain.festival.appeal.AppealStatus;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * Lists appeals, oldest first, one page at a time: the admin's of any district (the pending ones, or by status
 * and event), an official's of the district only, whatever filter is asked.
 */
@UseCase
public class ListAppeals {

    private final CurrentEdition currentEdition;
    private final AppealListReader appeals;

    @Inject
    public ListAppeals(CurrentEdition currentEdition, AppealListReader appeals) {
        this.currentEdition = currentEdition;
        this.appeals = appeals;
    }

    /** The edition (the current one when absent) and the filters; {@code pendingOnly} ignores the status. */
    public record Query(EditionYear edition, boolean pendingOnly, Optional<AppealStatus> status,
                        Optional<EventId> event, PageRequest page) {

        public Query {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(page, "page");
        }
    }

    /** {@code SUPPORTS}: two reads (the edition, the page) need no transaction of their own. */
    @Transactional(TxType.SUPPORTS)
    public Page<AppealRow> execute(Query query, Actor actor) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL);
        EditionYear edition = currentEdition.orCurrent(query.edition()).year();
        return appeals.list(new AppealFilter(edition, query.pendingOnly(),
                query.pendingOnly() ? Optional.empty() : query.status(), query.event(), actor.district()), query.page());
    }
}
