package org.kalamela.application.conference.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.kalamela.application.conference.query.DelegateFilter;
import org.kalamela.application.conference.query.DelegateListReader;
import org.kalamela.application.conference.query.DelegateRow;
import org.kalamela.application.conference.query.DistrictTally;
import org.kalamela.application.conference.query.DistrictTallyReader;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.registry.fakes.InMemoryDistrictRepository;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.ConferenceMember;
import org.kalamela.domain.conference.delegate.Delegate;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.DelegateLimits;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Gender;

/** The conference's read models over the fakes, joined and ordered as the SQL joins and orders them. */
public final class InMemoryConferenceReaders implements DelegateListReader, DistrictTallyReader {

    private final InMemoryDelegateRepository delegates;
    private final InMemoryConferenceMembers members;
    private final InMemoryDistrictRepository districts;

    public InMemoryConferenceReaders(InMemoryDelegateRepository delegates, InMemoryConferenceMembers members,
                                     InMemoryDistrictRepository districts) {
        this.delegates = delegates;
        this.members = members;
        this.districts = districts;
    }

    @Override
    public Page<DelegateRow> list(ConferenceId conference, DelegateFilter filter, PageRequest page) {
        return Page.slice(rows(conference, filter), page);
    }

    @Override
    public RowSource<DelegateRow> all(ConferenceId conference, DelegateFilter filter) {
        return sink -> rows(conference, filter).forEach(sink);
    }

    @Override
    public List<DistrictTally> tallies(ConferenceId conference) {
        return districts.findAll().stream().map(district -> tallyOf(conference, district))
                .filter(tally -> districts.findById(tally.districtId()).orElseThrow().active() || tally.delegates() > 0)
                .sorted(Comparator.comparing(DistrictTally::districtName)
                        .thenComparing(tally -> tally.districtId().value()))
                .toList();
    }

    @Override
    public Optional<DistrictTally> tally(ConferenceId conference, DistrictId district) {
        return districts.findById(district).map(found -> tallyOf(conference, found));
    }

    private DistrictTally tallyOf(ConferenceId conference, District district) {
        List<Delegate> of = delegates.all().stream()
                .filter(d -> d.conferenceId().equals(conference) && d.districtId().equals(district.id())).toList();
        return new DistrictTally(district.id(), district.name(), new DelegateLimits(
                district.conferenceLimits().officials(), district.conferenceLimits().members()),
                count(of, d -> d.kind() == DelegateKind.OFFICIAL), count(of, d -> d.kind() == DelegateKind.MEMBER),
                count(of, d -> gender(d) == Gender.M), count(of, d -> gender(d) == Gender.F),
                count(of, d -> d.needs().food() == FoodPreference.VEG),
                count(of, d -> d.needs().food() == FoodPreference.NON_VEG),
                count(of, d -> d.needs().needsAccommodation()));
    }

    private Gender gender(Delegate delegate) {
        return members.find(delegate.memberId()).orElseThrow().gender();
    }

    private static int count(List<Delegate> delegates, Predicate<Delegate> which) {
        return (int) delegates.stream().filter(which).count();
    }

    private List<DelegateRow> rows(ConferenceId conference, DelegateFilter filter) {
        return delegates.all().stream()
                .filter(d -> d.conferenceId().equals(conference))
                .filter(d -> filter.districtId() == null || d.districtId().equals(filter.districtId()))
                .filter(d -> filter.kind() == null || d.kind() == filter.kind())
                .map(this::row)
                .sorted(Comparator.comparing(DelegateRow::districtName)
                        .thenComparing(row -> row.districtId().value())
                        .thenComparing(row -> row.kind() != DelegateKind.OFFICIAL)
                        .thenComparing(DelegateRow::name)
                        .thenComparing(row -> row.id().value()))
                .toList();
    }

    private DelegateRow row(Delegate d) {
        ConferenceMember member = members.find(d.memberId()).orElseThrow();
        return new DelegateRow(d.id(), d.memberId(), member.name(), member.gender(), members.unitName(d.memberId()),
                d.districtId(), districts.findById(d.districtId()).orElseThrow().name(), d.kind(), d.needs().food(),
                d.needs().needsAccommodation(), d.addedAt());
    }
}
