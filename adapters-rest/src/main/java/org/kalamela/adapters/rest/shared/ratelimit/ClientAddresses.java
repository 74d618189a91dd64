package org.kalamela.adapters.rest.shared.ratelimit;

import io.vertx.core.http.HttpServerRequest;
import org.kalamela.domain.identity.lockout.ClientAddress;

/**
 * The one place that decides where a request came from: the connection's peer address, or the client named
 * in {@code X-Forwarded-For} / {@code Forwarded} only when {@code KALAMELA_TRUST_PROXY} is true (Quarkus'
 * proxy-address forwarding then puts it into the request's remote address). Rate limits and the sign-in
 * lockout both count by it.
 */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    public static ClientAddress of(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null) {
            return ClientAddress.UNKNOWN;
        }
        return ClientAddress.ofOrUnknown(request.remoteAddress().host());
    }
}
