package org.kalamela.adapters.rest.festival.fees;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.adapters.rest.festival.entry.EntryDtos.EventEntriesDto;
import org.kalamela.application.festival.fees.KalamelaPreview;
import org.kalamela.application.festival.fees.RegistrationForm;
import org.kalamela.application.festival.fees.ShowAdminKalamelaPreview.AdminPreview;
import org.kalamela.application.festival.query.KalamelaPreviewRow.LatestPayment;
import org.kalamela.domain.festival.fees.KalamelaAccount;
import org.kalamela.domain.shared.value.Money;

/** The Kalamela fees' JSON: money as decimal strings with two places. */
final class FeesDtos {

    private FeesDtos() {
    }

    @Schema(name = "KalamelaPreview", description = "A district's Kalamela fees in an edition: dues are the fees "
            + "of its current entries and teams, paid the sum of its approved payments; the difference is a "
            + "balance to pay or a credit (never a negative balance)")
    record PreviewDto(long districtId, String districtName, long individualEntries, long teams,
                      String individualFee, String teamFee, String individualFees, String teamFees, String dues,
                      String paid, String balance, String credit, LatestPaymentDto latestPayment) {

        static PreviewDto of(KalamelaPreview p) {
            KalamelaAccount a = p.account();
            return new PreviewDto(p.districtId().value(), p.districtName(), a.counts().individualEntries(),
                    a.counts().teams(), p.individualFee().toString(), p.teamFee().toString(),
                    p.individualFee().times(a.counts().individualEntries()).toString(),
                    p.teamFee().times(a.counts().teams()).toString(), a.dues().toString(), a.paid().toString(),
                    a.balance().toString(), a.credit().toString(),
                    p.latestPayment().map(LatestPaymentDto::of).orElse(null));
        }
    }

    @Schema(name = "KalamelaLatestPayment", description = "The district's most recent Kalamela payment")
    record LatestPaymentDto(long id, String amount, String status, Instant createdAt) {

        static LatestPaymentDto of(LatestPayment p) {
            return new LatestPaymentDto(p.id().value(), p.amount().toString(), p.status().name(), p.createdAt());
        }
    }

    @Schema(name = "KalamelaRegistrationForm", description = "What the district's printable registration form "
            + "shows: the edition, the district with its fees and payment status, its entries by event with chest "
            + "numbers and its teams with members")
    record RegistrationFormDto(int edition, long districtId, String districtName, PreviewDto fees,
                               String paymentStatus, List<EventEntriesDto> events) {

        static RegistrationFormDto of(RegistrationForm form) {
            PreviewDto fees = PreviewDto.of(form.fees());
            return new RegistrationFormDto(form.edition().value(), fees.districtId(), fees.districtName(), fees,
                    fees.latestPayment() == null ? "NOT_CREATED" : fees.latestPayment().status(),
                    form.events().stream().map(EventEntriesDto::of).toList());
        }
    }

    @Schema(name = "KalamelaAdminPreview", description = "The previews of one or every district, and their totals")
    record AdminPreviewDto(int edition, List<PreviewDto> districts, String dues, String paid, String balance,
                           String credit) {

        static AdminPreviewDto of(AdminPreview preview) {
            List<KalamelaAccount> accounts = preview.districts().stream().map(KalamelaPreview::account).toList();
            return new AdminPreviewDto(preview.edition().value(), preview.districts().stream().map(PreviewDto::of)
                    .toList(), sum(accounts, KalamelaAccount::dues), sum(accounts, KalamelaAccount::paid),
                    sum(accounts, KalamelaAccount::balance), sum(accounts, KalamelaAccount::credit));
        }

        private static String sum(List<KalamelaAccount> accounts,
                                  Function<KalamelaAccount, Money> part) {
            return accounts.stream().map(part).reduce(Money.ZERO,
                    Money::plus).toString();
        }
    }
}
