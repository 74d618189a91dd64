package org.kalamela.application.festival.chest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.JUNIOR_DOB;
import static org.kalamela.application.festival.FestivalWorld.SENIOR_DOB;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertNotFound;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.document.CapturingDocumentPrinter.Cards;
import org.kalamela.application.document.PrintedCard;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

class PrintChestNumberCardsTest {

    private final FestivalWorld world = new FestivalWorld();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void members_with_numbers_in_two_districts() {
        FestivalEvent solo = world.individualEvent("Solo");
        MemberId anu = world.member(world.unit, "Anu", Gender.F, JUNIOR_DOB);
        MemberId sara = world.member(world.secondUnit, "Sara", Gender.F, SENIOR_DOB);
        MemberId kiran = world.member(world.otherDistrictUnit, "Kiran", Gender.M, JUNIOR_DOB);
        world.enter(world.official, anu, solo);
        world.enter(world.otherOfficial, kiran, solo);
        world.enter(world.official, sara, solo);
    }

    @Test
    void the_admin_prints_every_district_eight_to_a_page_by_district_then_number() {
        world.printChestNumberCards.execute(new PrintChestNumberCards.Command(null, null), world.admin, out);

        Cards cards = world.fakes.documents.last(Cards.class);
        assertThat(cards.title()).isEqualTo("Chest numbers 2026");
        assertThat(cards.perPage()).isEqualTo(8);
        assertThat(cards.cards()).containsExactly(
                new PrintedCard("1002", List.of("Kiran", "Carmel", "Kollam")),
                new PrintedCard("1001", List.of("Anu", "Ascension", "Kottayam")),
                new PrintedCard("2001", List.of("Sara", "Bethel", "Kottayam")));
        assertThat(world.fakes.audit.last("PRINT_CHEST_NUMBER_CARDS").targetId())
                .isEqualTo("chest-number-cards-2026");
        assertThat(out.size()).isPositive();
    }

    @Test
    void the_admin_prints_one_district() {
        DistrictId kollam = world.otherDistrict;
        world.printChestNumberCards.execute(new PrintChestNumberCards.Command(null, kollam), world.admin, out);

        assertThat(world.fakes.documents.last(Cards.class).cards()).extracting(PrintedCard::headline)
                .containsExactly("1002");
        assertThat(world.fakes.audit.last("PRINT_CHEST_NUMBER_CARDS").targetId())
                .isEqualTo("chest-number-cards-2026-district-" + kollam);
    }

    @Test
    void an_official_prints_their_own_district_only() {
        world.printChestNumberCards.execute(new PrintChestNumberCards.Command(null, null), world.official, out);

        assertThat(world.fakes.documents.last(Cards.class).cards()).extracting(PrintedCard::headline)
                .containsExactly("1001", "2001");
    }

    @Test
    void another_district_is_not_found_for_an_official_and_nothing_is_printed_or_audited() {
        DistrictId kollam = world.otherDistrict;
        assertNotFound(() -> world.printChestNumberCards.execute(
                new PrintChestNumberCards.Command(null, kollam), world.official, out));
        assertThat(world.fakes.documents.count()).isZero();
        assertThat(world.fakes.audit.actions()).doesNotContain("PRINT_CHEST_NUMBER_CARDS");
    }

    @Test
    void an_unknown_district_is_not_found() {
        assertNotFound(() -> world.printChestNumberCards.execute(
                new PrintChestNumberCards.Command(null, DistrictId.of(999)), world.admin, out));
        assertThat(world.fakes.documents.count()).isZero();
    }

    @Test
    void units_do_not_print_cards() {
        assertForbidden(() -> world.printChestNumberCards.execute(
                new PrintChestNumberCards.Command(null, null),
                new Actor(AccountId.of(9), "KTM-2026-0001", Role.UNIT, world.district, world.unit), out));
    }
}
