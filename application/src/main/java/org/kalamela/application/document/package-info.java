/**
 * The printed documents of the festival day (call sheets, judge's sheets, tabulation sheets, chest-number
 * cards; later certificates and appeal letters): what each shows, described as plain values, and the port
 * that prints them as PDF. Like the spreadsheets of {@code application.export}, rows are pushed one at a
 * time, so a document of any length is printed with flat memory.
 */
package org.kalamela.application.document;
