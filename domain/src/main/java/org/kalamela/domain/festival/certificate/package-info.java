/**
 * Certificates of published results (DOMAIN.md "Certificates"): who earns one ({@code CertificateEligibility}:
 * a graded or placed entry, each member of a team), the unguessable serial a certificate is verified by
 * ({@code SerialGenerator} over a {@code RandomSource}, {@code SecureRandomSource} in production), and what a
 * republication does to the certificates already issued ({@code CertificateReissue}: void them all, issue the
 * new ones, each old one pointing to its replacement). Depends on {@code edition}, {@code event}, {@code entry},
 * {@code team}, {@code draw} (a certificate names a performer) and {@code result}; nothing of the festival
 * depends on it.
 */
package org.kalamela.domain.festival.certificate;
