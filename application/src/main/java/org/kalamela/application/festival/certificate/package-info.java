/**
 * Certificates of published results (ADR-19): issuing them in the publishing transaction
 * ({@code CertificateIssuer}, called by {@code result}'s publishing and republishing), the public verification
 * of a serial and the bulk printing for a unit, a district or the admin. Depends on {@code query} and
 * {@code edition}.
 */
package org.kalamela.application.festival.certificate;
