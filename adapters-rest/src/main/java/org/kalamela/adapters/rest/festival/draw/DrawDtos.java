package org.kalamela.adapters.rest.festival.draw;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.festival.draw.DrawView;
import org.kalamela.application.festival.query.AppearanceRow;
import org.kalamela.domain.festival.draw.DrawSeed;
import org.kalamela.domain.shared.id.AccountId;

/** The draw's response bodies. */
final class DrawDtos {

    private DrawDtos() {
    }

    @Schema(name = "Appearance", description = "A place of the order of appearance: position (1 first), codeLetter, "
            + "number (the chest number, or the team code; empty for a member without a number), names (the "
            + "member's name, or the team's members' names), unit and district")
    record AppearanceDto(int position, String codeLetter, String number, String names, String unit,
                         String district) {

        static AppearanceDto of(AppearanceRow row) {
            return new AppearanceDto(row.position(), row.codeLetter(), row.number(), row.names(), row.unit(),
                    row.district());
        }
    }

    @Schema(name = "Draw", description = "An event's order of appearance: drawn, the seed (64 hexadecimal digits "
            + "that replay the draw), who drew it and when (null before the draw), the places in order, and "
            + "notDrawn: the entries or teams with no place (entered after the draw)")
    record DrawDto(long eventId, String eventName, boolean drawn, String seed, Long drawnBy, Instant drawnAt,
                   List<AppearanceDto> appearances, int notDrawn) {

        static DrawDto of(DrawView view) {
            return new DrawDto(view.event().id().value(), view.event().name(), view.drawn(),
                    view.seed().map(DrawSeed::hex).orElse(null), view.drawnBy().map(AccountId::value).orElse(null),
                    view.drawnAt().orElse(null), view.appearances().stream().map(AppearanceDto::of).toList(),
                    view.notDrawn());
        }
    }
}
