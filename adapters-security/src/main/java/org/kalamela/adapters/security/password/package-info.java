/**
 * The password hasher port ({@code PasswordHasher}) over Bouncy Castle's Argon2id, with the check of hashes
 * imported from the old Django app (ADR-4 in docs/architecture.md).
 */
package org.kalamela.adapters.security.password;
