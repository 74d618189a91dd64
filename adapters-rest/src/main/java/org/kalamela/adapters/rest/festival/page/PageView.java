package org.kalamela.adapters.rest.festival.page;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kalamela.application.festival.championship.EventResult;
import org.kalamela.application.festival.championship.Place;
import org.kalamela.application.festival.championship.PublishedResults;
import org.kalamela.application.festival.championship.ResultsStatus;

/**
 * What the public page's template shows on the first screen: the labels of the language, the published results
 * (newest first, as the script shows them after each refresh) and the addresses of the page's other modes.
 */
public record PageView(PageOptions options, Map<String, String> labels, String labelsJson, String script,
                       String stylesheet, String criticalCss, String title, String status, List<EventView> events) {

    /** A published event's result on the page. */
    public record EventView(long id, String name, String number, boolean underAppeal, String caption,
                            List<PlaceView> places) {
    }

    /** One place of a result: the name shown, the chest number or nothing under it, and where it is from. */
    public record PlaceView(int rank, String name, String detail, String unit, String district, String grade,
                            int points) {
    }

    static PageView of(PageOptions options, PageLabels labels, String labelsJson, PageAssets assets,
                       PublishedResults results) {
        PageLanguage language = options.language();
        String title = results == null ? labels.format(language, "titleNoEdition")
                : labels.format(language, "title", results.status().edition().value());
        String status = results == null ? labels.format(language, "noEdition") : status(labels, language,
                results.status());
        List<EventView> events = results == null ? List.of() : results.events().stream()
                .sorted(Comparator.comparingInt(EventResult::resultNumber).reversed())
                .map(event -> event(labels, language, event)).toList();
        return new PageView(options, labels.all(language), labelsJson, assets.script().name(),
                assets.stylesheet().name(), assets.criticalCss(), title, status, events);
    }

    public String label(String key) {
        String label = labels.get(key);
        if (label == null) {
            throw new IllegalArgumentException("no label " + key);
        }
        return label;
    }

    public String lang() {
        return options.language().code();
    }

    /** The same mode in the other language. */
    public String otherLanguageHref() {
        return options.withLanguage(options.language().other()).href();
    }

    public String otherLanguage() {
        return options.language().other().code();
    }

    /** The big screen from the normal view and back. */
    public String screenHref() {
        return options.withBigScreen(!options.bigScreen()).href();
    }

    public String screenLabel() {
        return label(options.bigScreen() ? "normalView" : "bigScreen");
    }

    public String refreshNote() {
        return label("refreshNote").replace("{0}", String.valueOf(options.refreshSeconds()));
    }

    private static String status(PageLabels labels, PageLanguage language, ResultsStatus status) {
        return labels.format(language, "after", status.published(), status.events()) + " · "
                + labels.format(language, status.provisional() ? "provisional" : "final");
    }

    private static EventView event(PageLabels labels, PageLanguage language, EventResult event) {
        String number = labels.format(language, "resultNumber", event.resultNumber())
                + (event.revision() > 0 ? " · " + labels.format(language, "revision") : "");
        return new EventView(event.event().value(), event.name(), number, event.underAppeal(),
                labels.format(language, "placesOf", event.name()),
                event.places().stream().map(place -> place(labels, language, place)).toList());
    }

    private static PlaceView place(PageLabels labels, PageLanguage language, Place place) {
        boolean team = place.teamCode() != null;
        String name = team ? labels.format(language, "team", place.teamCode()) : place.participant();
        String detail = team || place.chestNumber() == null ? ""
                : labels.format(language, "chestNumber", place.chestNumber());
        return new PlaceView(place.rank(), name, detail, place.unitName(), place.districtName(),
                place.grade() == null ? "" : place.grade(), place.points());
    }
}
