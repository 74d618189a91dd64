/**
 * The proofs of payment a district uploads: what a proof may be (PDF, PNG or JPEG by its first bytes, at most
 * 5 MiB), its record, the file name kept for display, and the ports of the records and of the stored files.
 * Depends on {@code payment}.
 */
package org.kalamela.domain.payment.proof;
