/**
 * The PDF printer of the document port, on OpenPDF: sheets and cards streamed page by page, with Noto Sans
 * and Noto Sans Malayalam embedded and Malayalam shaped through the JDK's text layout (HarfBuzz), so that
 * conjuncts and vowel signs print as they are written.
 */
package org.kalamela.adapters.export.pdf;
