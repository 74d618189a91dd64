/**
 * The {@code Mailer} port over quarkus-mailer (mail leaves after its transaction commits) and the readiness
 * check that says whether mail is sent or only logged.
 */
package org.kalamela.adapters.mail;
