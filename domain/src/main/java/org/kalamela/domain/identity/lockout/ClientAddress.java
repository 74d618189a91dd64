package org.kalamela.domain.identity.lockout;

import java.util.Objects;

/**
 * The network address a request came from, as the HTTP adapter determined it (the connection's peer, or the
 * forwarded client address behind a trusted proxy). Failed sign-ins are counted per address.
 */
public record ClientAddress(String value) {

    /** When the adapter cannot tell the address; all such requests share one count. */
    public static final ClientAddress UNKNOWN = new ClientAddress("unknown");

    public ClientAddress {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9A-Za-z.:%_-]{1,64}")) {
            throw new IllegalArgumentException("not a client address: " + value);
        }
    }

    /** The address as given, or {@link #UNKNOWN} when it is missing or not an address. */
    public static ClientAddress ofOrUnknown(String host) {
        if (host == null) {
            return UNKNOWN;
        }
        String trimmed = host.strip();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed.matches("[0-9A-Za-z.:%_-]{1,64}") ? new ClientAddress(trimmed) : UNKNOWN;
    }

    @Override
    public String toString() {
        return value;
    }
}
