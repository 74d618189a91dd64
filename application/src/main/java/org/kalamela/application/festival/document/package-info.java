/**
 * The festival day's papers for one event, printed through {@code application.document}: the call sheet of the
 * stage manager (the order of appearance with who appears), the judges' sheets (code letters and criteria
 * only: a judge never learns who is behind a letter) and the tabulation sheet. Depends on {@code query},
 * {@code edition} and {@code event}.
 */
package org.kalamela.application.festival.document;
