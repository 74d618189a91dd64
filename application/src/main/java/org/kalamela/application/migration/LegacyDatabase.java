package org.kalamela.application.migration;

import java.util.Objects;

/** Where the old app's database is and how to sign in to it; the password never appears in {@link #toString}. */
public record LegacyDatabase(String url, String user, String password) {

    public LegacyDatabase {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return user + "@" + url;
    }
}
