package org.kalamela.adapters.rest.festival.page;

/** The languages of the public page; English unless the address asks for Malayalam ({@code ?lang=ml}). */
public enum PageLanguage {
    EN("en"), ML("ml");

    private final String code;

    PageLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public PageLanguage other() {
        return this == EN ? ML : EN;
    }

    static PageLanguage of(String requested) {
        return "ml".equalsIgnoreCase(requested) ? ML : EN;
    }
}
