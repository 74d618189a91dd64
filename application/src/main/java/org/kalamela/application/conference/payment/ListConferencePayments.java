package org.kalamela.application.conference.payment;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.payment.query.PaymentFilter;
import org.kalamela.application.payment.query.PaymentListReader;
import org.kalamela.application.payment.query.PaymentRow;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * The payments of a conference's fees, newest first, paged: the admin's of every district (or one, or of one
 * status), an official's of their own district (another district named is not found).
 */
@UseCase
public class ListConferencePayments {

    private final ConferenceLookup conferences;
    private final PaymentListReader reader;

    @Inject
    public ListConferencePayments(ConferenceLookup conferences, PaymentListReader reader) {
        this.conferences = conferences;
        this.reader = reader;
    }

    public record Query(ConferenceId conferenceId, Optional<PaymentStatus> status, Optional<DistrictId> district,
                        PageRequest page) {
    }

    /** @throws NotFound for an unknown conference, or (an official) another district named */
    @Transactional
    public Page<PaymentRow> execute(Query query, Actor actor) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL);
        conferences.require(query.conferenceId());
        query.district().filter(district -> !actor.mayAccessDistrict(district)).ifPresent(district -> {
            throw new NotFound("District", district);
        });
        Optional<DistrictId> district = actor.isAdmin() ? query.district() : Optional.of(actor.districtId());
        return reader.list(new PaymentFilter(ConferencePayments.scopeOf(query.conferenceId()), query.status(),
                district), query.page());
    }
}
