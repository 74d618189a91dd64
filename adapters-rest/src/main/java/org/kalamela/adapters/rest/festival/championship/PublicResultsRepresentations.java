package org.kalamela.adapters.rest.festival.championship;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.kalamela.adapters.rest.festival.championship.ResultDtos.ChampionshipDto;
import org.kalamela.adapters.rest.festival.championship.ResultDtos.ResultsDto;
import org.kalamela.adapters.rest.festival.championship.ResultDtos.TitlesDto;
import org.kalamela.adapters.rest.shared.output.JsonRepresentation;
import org.kalamela.adapters.rest.shared.output.RenderedJson;
import org.kalamela.application.festival.championship.ChampionshipTable;
import org.kalamela.application.festival.championship.IndividualTitles;
import org.kalamela.application.festival.championship.PublishedResults;

/**
 * The serialised public results, tables and titles of this instance, shared by the routes and the resources.
 * A singleton: read on every request of the I/O threads, with no client proxy in between.
 */
@Singleton
public class PublicResultsRepresentations {

    private final JsonRepresentation<PublishedResults> results;
    private final JsonRepresentation<ChampionshipTable> unitWise;
    private final JsonRepresentation<ChampionshipTable> districtWise;
    private final JsonRepresentation<IndividualTitles> titles;

    @Inject
    public PublicResultsRepresentations(ObjectMapper json) {
        results = new JsonRepresentation<>(ResultsDto::of, json);
        unitWise = new JsonRepresentation<>(ChampionshipDto::of, json);
        districtWise = new JsonRepresentation<>(ChampionshipDto::of, json);
        titles = new JsonRepresentation<>(TitlesDto::of, json);
    }

    RenderedJson results(PublishedResults published) {
        return results.of(published);
    }

    RenderedJson unitWise(ChampionshipTable table) {
        return unitWise.of(table);
    }

    RenderedJson districtWise(ChampionshipTable table) {
        return districtWise.of(table);
    }

    RenderedJson titles(IndividualTitles individualTitles) {
        return titles.of(individualTitles);
    }
}
