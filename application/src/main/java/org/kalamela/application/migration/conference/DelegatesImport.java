package org.kalamela.application.migration.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.ConferenceDelegateRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.DelegateNeeds;
import org.kalamela.domain.conference.delegate.DelegateRepository;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.conference.delegate.NewDelegate;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * Conference delegates. A row with a member is a member delegate of the member's district; a row without one is
 * the district official themself, who in the new model is an official delegate linked to the official's
 * account and to their member record, found by the official's phone among the district's members (skipped when
 * there is none). The old app recorded no food or accommodation: every delegate comes in as non-vegetarian
 * without accommodation, noted, for the official to correct.
 */
@ApplicationScoped
public class DelegatesImport implements TableImport<ConferenceDelegateRow> {

    private static final DelegateNeeds UNKNOWN_NEEDS = new DelegateNeeds(FoodPreference.NON_VEG, false);

    private final DelegateRepository delegates;
    private final MemberRepository members;
    private final AccountRepository accounts;
    private final UnitNameRepository units;

    @Inject
    public DelegatesImport(DelegateRepository delegates, MemberRepository members, AccountRepository accounts,
                           UnitNameRepository units) {
        this.delegates = delegates;
        this.members = members;
        this.accounts = accounts;
        this.units = units;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.CONFERENCE_DELEGATES;
    }

    @Override
    public List<ConferenceDelegateRow> items(LegacySnapshot snapshot) {
        return snapshot.conferenceDelegates().stream()
                .sorted(Comparator.comparingLong(ConferenceDelegateRow::id)).toList();
    }

    @Override
    public long id(ConferenceDelegateRow item) {
        return item.id();
    }

    @Override
    public void load(ConferenceDelegateRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        Optional<ConferenceId> conference = batch.newId(LegacyTable.CONFERENCES, row.conferenceId())
                .map(ConferenceId::of);
        if (conference.isEmpty()) {
            batch.skipped(row.id(), "orphan: conference " + row.conferenceId() + " was not imported");
            return;
        }
        Optional<Account> official = batch.newId(LegacyTable.USERS, row.officialId())
                .flatMap(id -> accounts.findById(AccountId.of(id)));
        Optional<Member> member;
        DelegateKind kind;
        if (row.memberId() != null) {
            kind = DelegateKind.MEMBER;
            member = batch.newId(LegacyTable.MEMBERS, row.memberId()).flatMap(id -> members.findById(MemberId.of(id)));
            if (member.isEmpty()) {
                batch.skipped(row.id(), "orphan: member " + row.memberId() + " was not imported");
                return;
            }
        } else {
            kind = DelegateKind.OFFICIAL;
            if (official.isEmpty() || official.get().districtId() == null) {
                batch.skipped(row.id(), "orphan: official " + row.officialId() + " was not imported");
                return;
            }
            member = Optional.ofNullable(official.get().phone()).flatMap(PhoneNumber::tryParse)
                    .flatMap(members::findByPhone)
                    .filter(m -> districtOf(m).equals(official.get().districtId()));
            if (member.isEmpty()) {
                batch.skipped(row.id(), "the official's member record cannot be found (no member of the district"
                        + " has the official's phone)");
                return;
            }
        }
        if (delegates.isDelegate(conference.get(), member.get().id())) {
            batch.skipped(row.id(), "the member is already a delegate of the conference");
            return;
        }
        AccountId addedBy = official.map(Account::id).orElse(batch.run().importer());
        batch.note(row.id(), "food and accommodation unknown: recorded as non-vegetarian, no accommodation");
        batch.imported(row.id(), delegates.add(new NewDelegate(conference.get(), districtOf(member.get()),
                member.get().id(), kind, UNKNOWN_NEEDS, kind == DelegateKind.OFFICIAL ? official.get().id() : null,
                addedBy, batch.run().at())).id().value());
    }

    private DistrictId districtOf(Member member) {
        return units.findById(member.unitId()).orElseThrow().districtId();
    }
}
