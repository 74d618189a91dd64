package org.kalamela.adapters.rest.festival.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The public page's labels in English and Malayalam, from one file ({@code labels.properties}, UTF-8) that the
 * server's first screen and the page's script both use: the script receives the labels of its language inside
 * the page, so a label is written once.
 */
public final class PageLabels {

    static final String RESOURCE = "/org/kalamela/adapters/rest/festival/page/labels.properties";

    private final Map<String, Map<String, String>> byLanguage;

    private PageLabels(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    public static PageLabels load() {
        Properties properties = new Properties();
        try (InputStream in = PageLabels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, String>> byLanguage = new TreeMap<>();
        for (PageLanguage language : PageLanguage.values()) {
            byLanguage.put(language.code(), new TreeMap<>());
        }
        for (String key : properties.stringPropertyNames()) {
            int dot = key.indexOf('.');
            Map<String, String> labels = dot < 0 ? null : byLanguage.get(key.substring(0, dot));
            if (labels == null) {
                throw new IllegalStateException("label " + key + " names no language of the page");
            }
            labels.put(key.substring(dot + 1), properties.getProperty(key));
        }
        return new PageLabels(byLanguage);
    }

    /** Every label of the language, by key. */
    public Map<String, String> all(PageLanguage language) {
        return Collections.unmodifiableMap(byLanguage.get(language.code()));
    }

    /** The label with {0}, {1} … replaced by the values, in order. */
    public String format(PageLanguage language, String key, Object... values) {
        String label = byLanguage.get(language.code()).get(key);
        if (label == null) {
            throw new IllegalArgumentException("no label " + key + " in " + language);
        }
        for (int i = 0; i < values.length; i++) {
            label = label.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return label;
    }
}
