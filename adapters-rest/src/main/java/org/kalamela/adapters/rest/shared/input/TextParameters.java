package org.kalamela.adapters.rest.shared.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.kalamela.adapters.rest.shared.problem.InvalidParameter;
import org.kalamela.domain.shared.validation.ControlCharacters;

/**
 * Where text enters through the address: every query and path parameter of a matched endpoint is a single
 * value, so any control character in it (tab and line breaks included, {@link ControlCharacters#checkLine})
 * is a field error named after the parameter, before the endpoint or a conversion sees it.
 */
public class TextParameters {

    @ServerRequestFilter
    public void refuseControlCharacters(ContainerRequestContext context) {
        check(context.getUriInfo().getPathParameters(true));
        check(context.getUriInfo().getQueryParameters(true));
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (ControlCharacters.firstIn(parameter.getKey(), false).isPresent()) {
                throw new InvalidParameter("query", "has a parameter name with a control character");
            }
            for (String value : parameter.getValue()) {
                OptionalInt bad = ControlCharacters.firstIn(value, false);
                if (bad.isPresent()) {
                    throw new InvalidParameter(parameter.getKey(), ControlCharacters.message(value, bad.getAsInt()));
                }
            }
        }
    }
}
