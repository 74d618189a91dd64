package org.kalamela.adapters.rest.conference;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.conference.conference.ConferenceView;
import org.kalamela.application.conference.delegate.ConferenceOverview;
import org.kalamela.application.conference.delegate.DelegateView;
import org.kalamela.application.conference.delegate.DistrictPlaces;
import org.kalamela.application.conference.query.DelegateRow;
import org.kalamela.application.conference.summary.ConferenceSummary;
import org.kalamela.application.conference.summary.DistrictSummary;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.shared.value.Gender;

/** The conference's JSON bodies; money as a decimal string with two places. */
public final class ConferenceDtos {

    private ConferenceDtos() {
    }

    @Schema(name = "ConferenceRequest", description = "title required (at most 200 characters); details optional; "
            + "delegateFee a decimal string (absent: 300.00); active absent: true")
    public record ConferenceRequest(String title, String details, String delegateFee, Boolean active) {
    }

    @Schema(name = "ConferencePatch", description = "Fields given change; details \"\" clears them; active false "
            + "deactivates (how a conference with delegates is retired)")
    public record ConferencePatch(String title, String details, String delegateFee, Boolean active) {
    }

    @Schema(name = "Conference")
    public record ConferenceDto(long id, String title, String details, String delegateFee, boolean active,
                                Instant createdAt) {

        public static ConferenceDto of(ConferenceView v) {
            return new ConferenceDto(v.id(), v.title(), v.details(), v.delegateFee().toString(), v.active(),
                    v.createdAt());
        }
    }

    @Schema(name = "DelegateRow")
    public record DelegateRowDto(long id, long memberId, String name, Gender gender, String unitName, long districtId,
                                 String districtName, DelegateKind kind, FoodPreference foodPreference,
                                 boolean accommodation, Instant addedAt) {

        public static DelegateRowDto of(DelegateRow r) {
            return new DelegateRowDto(r.id().value(), r.memberId().value(), r.name(), r.gender(), r.unitName(),
                    r.districtId().value(), r.districtName(), r.kind(), r.foodPreference(), r.accommodation(),
                    r.addedAt());
        }
    }

    @Schema(name = "DistrictPlaces", description = "A district's limits, delegates registered and places left")
    public record DistrictPlacesDto(long districtId, String districtName, int officialLimit, int memberLimit,
                                    int officials, int members, int remainingOfficials, int remainingMembers,
                                    List<DelegateRowDto> delegates) {

        static DistrictPlacesDto of(DistrictPlaces p) {
            return new DistrictPlacesDto(p.districtId(), p.districtName(), p.limits().officials(), p.limits().members(),
                    p.officials(), p.members(), p.remainingOfficials(), p.remainingMembers(),
                    p.delegates().stream().map(DelegateRowDto::of).toList());
        }
    }

    @Schema(name = "ConferenceOverview", description = "The conference; for a district official (or the admin "
            + "naming districtId) also the district's places")
    public record ConferenceOverviewDto(ConferenceDto conference, DistrictPlacesDto district) {

        public static ConferenceOverviewDto of(ConferenceOverview o) {
            return new ConferenceOverviewDto(ConferenceDto.of(o.conference()),
                    o.district() == null ? null : DistrictPlacesDto.of(o.district()));
        }
    }

    @Schema(name = "Delegate")
    public record DelegateDto(long id, long conferenceId, long districtId, long memberId, String name, Gender gender,
                              DelegateKind kind, FoodPreference foodPreference, boolean accommodation,
                              Instant addedAt) {

        public static DelegateDto of(DelegateView v) {
            return new DelegateDto(v.id(), v.conferenceId(), v.districtId(), v.memberId(), v.name(), v.gender(),
                    v.kind(), v.foodPreference(), v.accommodation(), v.addedAt());
        }
    }

    @Schema(name = "DelegateRequest", description = "memberId, foodPreference (VEG or NON_VEG) and accommodation, "
            + "all required")
    public record DelegateRequest(Long memberId, String foodPreference, Boolean accommodation) {
    }

    @Schema(name = "DelegatePatch", description = "foodPreference and/or accommodation; fields given change")
    public record DelegatePatch(String foodPreference, Boolean accommodation) {
    }

    @Schema(name = "DistrictSummary", description = "paid: the district's approved payments of the conference; "
            + "balance or credit: what is left to pay, or paid beyond the fees (one of them is 0.00); paymentStatus: "
            + "the latest payment's status, NOT_CREATED before the first")
    public record DistrictSummaryDto(long districtId, String districtName, int officialLimit, int memberLimit,
                                     int officials, int members, int delegates, int male, int female, int veg,
                                     int nonVeg, int accommodation, String feesDue, String paid, String balance,
                                     String credit, String paymentStatus) {

        public static DistrictSummaryDto of(DistrictSummary s) {
            return new DistrictSummaryDto(s.districtId(), s.districtName(), s.limits().officials(), s.limits().members(),
                    s.officials(), s.members(), s.delegates(), s.male(), s.female(), s.veg(), s.nonVeg(),
                    s.accommodation(), s.feesDue().toString(), s.paid().toString(), s.balance().toString(),
                    s.credit().toString(), s.paymentStatusName());
        }
    }

    @Schema(name = "ConferenceTotals", description = "The district lines summed; balances and credits apart")
    public record TotalsDto(int officials, int members, int delegates, int male, int female, int veg, int nonVeg,
                            int accommodation, String feesDue, String paid, String balance, String credit) {

        static TotalsDto of(ConferenceSummary.Totals t) {
            return new TotalsDto(t.officials(), t.members(), t.delegates(), t.male(), t.female(), t.veg(), t.nonVeg(),
                    t.accommodation(), t.feesDue().toString(), t.paid().toString(), t.balance().toString(),
                    t.credit().toString());
        }
    }

    @Schema(name = "ConferenceSummary")
    public record ConferenceSummaryDto(ConferenceDto conference, List<DistrictSummaryDto> districts, TotalsDto totals) {

        public static ConferenceSummaryDto of(ConferenceSummary s) {
            return new ConferenceSummaryDto(ConferenceDto.of(s.conference()),
                    s.districts().stream().map(DistrictSummaryDto::of).toList(), TotalsDto.of(s.totals()));
        }
    }
}
