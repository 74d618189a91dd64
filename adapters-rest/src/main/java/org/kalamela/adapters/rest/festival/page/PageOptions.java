package org.kalamela.adapters.rest.festival.page;

/**
 * The page's mode from its address: the language ({@code lang=ml}), the big screen ({@code screen=big}) and how
 * often the big screen refreshes itself ({@code refresh}, seconds, 5 to 600, default 30). Anything else in the
 * address is ignored: the page is public and must not fail on a mistyped link.
 */
public record PageOptions(PageLanguage language, boolean bigScreen, int refreshSeconds) {

    static final int DEFAULT_REFRESH = 30;
    static final int MIN_REFRESH = 5;
    static final int MAX_REFRESH = 600;

    static PageOptions of(String lang, String screen, String refresh) {
        return new PageOptions(PageLanguage.of(lang), "big".equalsIgnoreCase(screen), refresh(refresh));
    }

    private static int refresh(String requested) {
        if (requested == null || !requested.matches("\\d{1,4}")) {
            return DEFAULT_REFRESH;
        }
        return Math.max(MIN_REFRESH, Math.min(MAX_REFRESH, Integer.parseInt(requested)));
    }

    PageOptions withLanguage(PageLanguage other) {
        return new PageOptions(other, bigScreen, refreshSeconds);
    }

    PageOptions withBigScreen(boolean big) {
        return new PageOptions(language, big, refreshSeconds);
    }

    /** The page's address in this mode, with only what differs from the defaults. */
    String href() {
        StringBuilder query = new StringBuilder();
        if (language != PageLanguage.EN) {
            query.append("&lang=").append(language.code());
        }
        if (bigScreen) {
            query.append("&screen=big");
            if (refreshSeconds != DEFAULT_REFRESH) {
                query.append("&refresh=").append(refreshSeconds);
            }
        }
        return query.isEmpty() ? "/" : "/?" + query.substring(1);
    }
}
