package org.kalamela.adapters.rest.shared.ratelimit;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one client address may call the endpoint. The allowance is configured per name:
 * {@code kalamela.rate-limit.<name>.capacity} requests per {@code kalamela.rate-limit.<name>.period}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {
    String value();
}
