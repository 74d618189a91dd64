package org.kalamela.application.conference.summary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.conference.query.DelegateFilter;
import org.kalamela.application.conference.query.DelegateListReader;
import org.kalamela.application.conference.query.DelegateRow;
import org.kalamela.application.conference.query.DistrictTally;
import org.kalamela.application.conference.query.DistrictTallyReader;
import org.kalamela.application.export.AuditedExport;
import org.kalamela.application.export.ColumnSpec;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.export.SheetSpec;
import org.kalamela.application.export.Spreadsheet;
import org.kalamela.application.payment.query.PaymentListReader;
import org.kalamela.application.payment.query.PaymentStanding;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * The conference summary as XLSX: a sheet "Districts" (a line per district: limits, officials, members, by
 * gender, food and accommodation, fees due, paid, balance, credit and the latest payment's status) and a sheet "Delegates" (each delegate with unit and district).
 * The admin exports every district; a district official their own (the old
 * {@code all_conference_info_official}). Streamed from the read ports, audited before anything is written.
 */
@UseCase
public class ExportConferenceSummary {

    private final ConferenceLookup conferences;
    private final DistrictTallyReader tallies;
    private final DelegateListReader delegates;
    private final PaymentListReader payments;
    private final AuditedExport exports;

    @Inject
    public ExportConferenceSummary(ConferenceLookup conferences, DistrictTallyReader tallies,
                                   DelegateListReader delegates, PaymentListReader payments,
                                   AuditedExport exports) {
        this.conferences = conferences;
        this.tallies = tallies;
        this.delegates = delegates;
        this.payments = payments;
        this.exports = exports;
    }

    /** The file name without extension: {@code conference-3-summary}, or {@code …-district-5} for one district. */
    public static String fileName(ConferenceId id, Actor actor) {
        return "conference-" + id + "-summary" + (actor.isAdmin() ? "" : "-district-" + actor.districtId());
    }

    /** @throws NotFound for an unknown conference, or an official's district that no longer exists */
    @Transactional
    public void execute(ConferenceId id, Actor actor, OutputStream out) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL);
        Conference conference = conferences.require(id);
        DistrictId district = actor.isAdmin() ? null : actor.districtId();
        List<DistrictTally> lines = district == null ? tallies.tallies(id)
                : List.of(tallies.tally(id, district).orElseThrow(() -> new NotFound("District", district)));
        Map<DistrictId, PaymentStanding> standings = payments.standings(PaymentScope.conferenceFees(id.value()));
        List<DistrictSummary> summaries = lines.stream().map(tally -> DistrictSummary.of(conference, tally,
                Optional.ofNullable(standings.get(tally.districtId())))).toList();
        exports.write(actor, "EXPORT_CONFERENCE_SUMMARY", fileName(id, actor),
                district == null ? Map.of("conference", id.toString())
                        : Map.of("conference", id.toString(), "districtId", district.toString()),
                Spreadsheet.of(new SheetSpec<>("Districts", districtColumns(), RowSource.of(summaries)),
                        new SheetSpec<>("Delegates", delegateColumns(), delegates.all(id,
                                new DelegateFilter(district, null)))), out);
    }

    private static List<ColumnSpec<DistrictSummary>> districtColumns() {
        return List.of(
                ColumnSpec.text("District", DistrictSummary::districtName),
                ColumnSpec.number("Official limit", line -> line.limits().officials()),
                ColumnSpec.number("Member limit", line -> line.limits().members()),
                ColumnSpec.number("Officials", DistrictSummary::officials),
                ColumnSpec.number("Members", DistrictSummary::members),
                ColumnSpec.number("Delegates", DistrictSummary::delegates),
                ColumnSpec.number("Male", DistrictSummary::male),
                ColumnSpec.number("Female", DistrictSummary::female),
                ColumnSpec.number("Vegetarian", DistrictSummary::veg),
                ColumnSpec.number("Non-vegetarian", DistrictSummary::nonVeg),
                ColumnSpec.number("Accommodation", DistrictSummary::accommodation),
                ColumnSpec.money("Fees due", DistrictSummary::feesDue),
                ColumnSpec.money("Paid", DistrictSummary::paid),
                ColumnSpec.money("Balance", DistrictSummary::balance),
                ColumnSpec.money("Credit", DistrictSummary::credit),
                ColumnSpec.text("Payment status", DistrictSummary::paymentStatusName));
    }

    private static List<ColumnSpec<DelegateRow>> delegateColumns() {
        return List.of(
                ColumnSpec.text("District", DelegateRow::districtName),
                ColumnSpec.text("Kind", row -> row.kind().name()),
                ColumnSpec.text("Name", DelegateRow::name),
                ColumnSpec.text("Gender", row -> row.gender().name()),
                ColumnSpec.text("Unit", DelegateRow::unitName),
                ColumnSpec.text("Food", row -> row.foodPreference().name()),
                ColumnSpec.flag("Accommodation", DelegateRow::accommodation));
    }
}
