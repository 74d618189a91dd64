package org.kalamela.application.festival.chest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.document.CardSheet;
import org.kalamela.application.document.DocumentPrinter;
import org.kalamela.application.document.PrintedCard;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.ChestNumberListReader;
import org.kalamela.application.festival.query.ChestNumberListRow;
import org.kalamela.domain.festival.chest.NumberedDistrict;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.eligibility.FestivalMemberDirectory;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Prints the chest-number cards a participant pins on: eight to an A4 page, each with the number large and
 * the member's name, unit and district under it, district by district in the order of their names and by
 * number within a district. The admin prints any district or all; a district official prints their own.
 * Audited like an export, before anything is printed.
 */
@UseCase
public class PrintChestNumberCards {

    static final int CARDS_ACROSS = 2;
    static final int CARDS_DOWN = 4;

    private final ChestNumberListReader rows;
    private final DocumentPrinter printer;
    private final CurrentEdition editions;
    private final FestivalMemberDirectory members;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public PrintChestNumberCards(ChestNumberListReader rows, DocumentPrinter printer, CurrentEdition editions,
                                 FestivalMemberDirectory members, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.printer = printer;
        this.editions = editions;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** Which cards: of an edition (null: the current one) and one district (null: all, for the admin). */
    public record Command(EditionYear edition, DistrictId districtId) {
    }

    /** A card with the district it belongs to, which the list rows leave out (they are read per district). */
    private record DistrictCard(ChestNumberListRow row, String district) {
    }

    /** A file name without extension that says what the file holds, e.g. {@code chest-number-cards-2026-district-3}. */
    public static String fileName(EditionYear edition, DistrictId district) {
        return "chest-number-cards-" + edition + (district == null ? "" : "-district-" + district);
    }

    /**
     * @throws org.kalamela.domain.shared.error.Forbidden for a unit account or a judge
     * @throws NotFound for a district that does not exist, or another district than the official's own
     */
    @Transactional
    public void execute(Command command, Actor actor, OutputStream out) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL);
        DistrictId district = actor.isAdmin() ? command.districtId() : ownDistrict(command, actor);
        if (district != null && members.districtName(district).isEmpty()) {
            throw new NotFound("District", district);
        }
        EditionYear year = editions.orCurrent(command.edition()).year();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("edition", year.toString());
        if (district != null) {
            details.put("districtId", district.toString());
        }
        audit.record(AuditEntry.by(actor, "PRINT_CHEST_NUMBER_CARDS", "document", fileName(year, district),
                clock.instant(), details));
        printer.print(out, new CardSheet<>("Chest numbers " + year, CARDS_ACROSS, CARDS_DOWN,
                cards(year, district), PrintChestNumberCards::card));
    }

    private static DistrictId ownDistrict(Command command, Actor actor) {
        DistrictId own = actor.district().orElseThrow(() -> new NotFound("District", command.districtId()));
        if (command.districtId() != null && !command.districtId().equals(own)) {
            throw new NotFound("District", command.districtId());
        }
        return own;
    }

    /** The cards of each district in turn, each district's rows streamed from its own query. */
    private RowSource<DistrictCard> cards(EditionYear year, DistrictId only) {
        List<NumberedDistrict> districts = rows.districts(year).stream()
                .filter(district -> only == null || district.id().equals(only)).toList();
        return sink -> districts.forEach(district -> rows.chestNumbers(year, district.id())
                .forEach(row -> sink.accept(new DistrictCard(row, district.name()))));
    }

    private static PrintedCard card(DistrictCard card) {
        return new PrintedCard(card.row().chestNumber().toString(),
                List.of(card.row().memberName(), card.row().unitName(), card.district()));
    }
}
