package org.kalamela.adapters.rest.festival.championship;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.festival.championship.ChampionshipTable;
import org.kalamela.application.festival.championship.Contender;
import org.kalamela.application.festival.championship.Contribution;
import org.kalamela.application.festival.championship.EventResult;
import org.kalamela.application.festival.championship.IndividualTitles;
import org.kalamela.application.festival.championship.Place;
import org.kalamela.application.festival.championship.PublishedResults;
import org.kalamela.application.festival.championship.ResultsStatus;
import org.kalamela.application.festival.championship.StandingRow;
import org.kalamela.application.festival.championship.TitleStanding;

/** The published results, championship tables and titles as JSON. */
public final class ResultDtos {

    private ResultDtos() {
    }

    @Schema(name = "ResultsStatus", description = "Which results a table reflects")
    public record StatusDto(
            int edition,
            @Schema(description = "Published results so far") int published,
            @Schema(description = "Events that will have a result (with an entry, a team or a result)") int events,
            @Schema(description = "The latest result number the table reflects; 0 before the first") int resultNumber,
            @Schema(description = "True until every event's result is published") boolean provisional,
            @Schema(examples = "after 27 of 45 results") String summary) {

        static StatusDto of(ResultsStatus status) {
            return new StatusDto(status.edition().value(), status.published(), status.events(),
                    status.latestResultNumber(), status.provisional(),
                    "after " + status.published() + " of " + status.events() + " results");
        }
    }

    @Schema(name = "ResultPlace", description = "A place 1 to 3 of a published result")
    public record PlaceDto(
            int rank,
            @Schema(description = "The member's name, or the team's code") String name,
            @Schema(description = "The member's chest number; absent for a team") Integer chestNumber,
            @Schema(description = "The team's code; absent for a member") String teamCode,
            String unit,
            String district,
            @Schema(description = "Absent when the mark earns no grade") String grade,
            int points) {

        static PlaceDto of(Place place) {
            return new PlaceDto(place.rank(), place.participant(), place.chestNumber(), place.teamCode(),
                    place.unitName(), place.districtName(), place.grade(), place.points());
        }
    }

    @Schema(name = "EventResult", description = "A published event's result")
    public record EventResultDto(
            long eventId,
            String event,
            String category,
            String kind,
            int resultNumber,
            @Schema(description = "0 when first published, + 1 at each republication after an appeal") int revision,
            Instant publishedAt,
            @Schema(description = "PUBLISHED, or UNDER_APPEAL while an accepted appeal is revised (the places "
                    + "shown stand until republished)", enumeration = {"PUBLISHED", "UNDER_APPEAL"}) String state,
            @Schema(description = "Places 1 to 3; ties give more rows") List<PlaceDto> places) {

        static EventResultDto of(EventResult result) {
            return new EventResultDto(result.event().value(), result.name(), result.category().name(),
                    result.kind().name(), result.resultNumber(), result.revision(), result.publishedAt(),
                    result.underAppeal() ? "UNDER_APPEAL" : "PUBLISHED",
                    result.places().stream().map(PlaceDto::of).toList());
        }
    }

    @Schema(name = "PublishedResults")
    public record ResultsDto(StatusDto status, List<EventResultDto> results) {

        static ResultsDto of(PublishedResults results) {
            return new ResultsDto(StatusDto.of(results.status()),
                    results.events().stream().map(EventResultDto::of).toList());
        }
    }

    @Schema(name = "ChampionshipContribution", description = "A result that makes up a championship row")
    public record ContributionDto(long eventId, String event, int resultNumber,
                                  @Schema(description = "The member's name, or the team's code") String name,
                                  Integer chestNumber, String teamCode, int rank, String grade, int points) {

        static ContributionDto of(Contribution contribution) {
            return new ContributionDto(contribution.event().value(), contribution.eventName(),
                    contribution.resultNumber(), contribution.participant(), contribution.chestNumber(),
                    contribution.teamCode(), contribution.rank(), contribution.grade(), contribution.points());
        }
    }

    @Schema(name = "ChampionshipRow", description = "A unit or district with its place, points and the results "
            + "that earned them")
    public record StandingDto(long id, String name,
                              @Schema(description = "The unit's district; a district's own name") String district,
                              int rank, int points, List<ContributionDto> results) {

        static StandingDto of(StandingRow row) {
            return new StandingDto(row.id(), row.name(), row.districtName(), row.rank(), row.points(),
                    row.contributions().stream().map(ContributionDto::of).toList());
        }
    }

    @Schema(name = "ChampionshipTable")
    public record ChampionshipDto(
            @Schema(enumeration = {"UNITS", "DISTRICTS"}) String scope,
            StatusDto status,
            List<StandingDto> rows) {

        static ChampionshipDto of(ChampionshipTable table) {
            return new ChampionshipDto(table.scope().name(), StatusDto.of(table.status()),
                    table.rows().stream().map(StandingDto::of).toList());
        }
    }

    @Schema(name = "TitleContender")
    public record ContenderDto(int rank, String name, Integer chestNumber, String unit, String district,
                               int points,
                               @Schema(description = "Individual events with a scored entry") int events) {

        static ContenderDto of(Contender contender) {
            return new ContenderDto(contender.rank(), contender.name(), contender.chestNumber(),
                    contender.unitName(), contender.districtName(), contender.points(), contender.events());
        }
    }

    @Schema(name = "Title", description = "Kalaprathibha or Kalathilakam so far")
    public record TitleDto(
            @Schema(enumeration = {"KALAPRATHIBHA", "KALATHILAKAM"}) String title,
            @Schema(description = "The holders' points; 0 while nobody holds it") int points,
            @Schema(description = "Every member sharing the first place; empty while no eligible member has "
                    + "a point") List<ContenderDto> holders,
            @Schema(description = "The eligible members placed 1 to 10 (ties give more rows)")
            List<ContenderDto> leaders) {

        static TitleDto of(TitleStanding standing) {
            return new TitleDto(standing.title().name(), standing.winningPoints(),
                    standing.holders().stream().map(ContenderDto::of).toList(),
                    standing.leaders().stream().map(ContenderDto::of).toList());
        }
    }

    @Schema(name = "IndividualTitles")
    public record TitlesDto(
            StatusDto status,
            @Schema(description = "Individual events a member needs a scored entry in (edition rule)")
            int minimumEvents,
            TitleDto kalaprathibha,
            TitleDto kalathilakam) {

        static TitlesDto of(IndividualTitles titles) {
            return new TitlesDto(StatusDto.of(titles.status()), titles.minimumEvents(),
                    TitleDto.of(titles.kalaprathibha()), TitleDto.of(titles.kalathilakam()));
        }
    }
}
