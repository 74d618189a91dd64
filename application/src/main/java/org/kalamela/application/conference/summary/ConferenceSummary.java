package org.kalamela.application.conference.summary;

import java.util.List;
import org.kalamela.application.conference.conference.ConferenceView;
import org.kalamela.domain.shared.value.Money;

/**
 * The admin's summary of a conference: a line per district and the totals over all of them (the balances and the
 * credits are summed apart: one district's credit does not pay another's balance).
 */
public record ConferenceSummary(ConferenceView conference, List<DistrictSummary> districts, Totals totals) {

    /** The sums of the district lines. */
    public record Totals(int officials, int members, int delegates, int male, int female, int veg, int nonVeg,
                         int accommodation, Money feesDue, Money paid, Money balance, Money credit) {

        static Totals of(List<DistrictSummary> lines) {
            Money fees = Money.ZERO;
            Money paid = Money.ZERO;
            Money balance = Money.ZERO;
            Money credit = Money.ZERO;
            int[] sums = new int[8];
            for (DistrictSummary line : lines) {
                sums[0] += line.officials();
                sums[1] += line.members();
                sums[2] += line.delegates();
                sums[3] += line.male();
                sums[4] += line.female();
                sums[5] += line.veg();
                sums[6] += line.nonVeg();
                sums[7] += line.accommodation();
                fees = fees.plus(line.feesDue());
                paid = paid.plus(line.paid());
                balance = balance.plus(line.balance());
                credit = credit.plus(line.credit());
            }
            return new Totals(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], fees, paid,
                    balance, credit);
        }
    }

    public ConferenceSummary {
        districts = List.copyOf(districts);
    }
}
