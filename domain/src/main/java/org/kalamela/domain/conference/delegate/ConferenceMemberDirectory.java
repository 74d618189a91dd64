package org.kalamela.domain.conference.delegate;

import java.util.Optional;
import org.kalamela.domain.shared.id.MemberId;

/** Outbound port: finds a member of any unit with their district (the registry's members, read-only). */
public interface ConferenceMemberDirectory {

    Optional<ConferenceMember> find(MemberId member);
}
