package org.kalamela.domain.festival.judging;

import java.math.BigDecimal;

/** A mark as typed by a judge or a tabulator, before {@link MarkPolicy} has checked it; any part may be missing. */
public record MarkInput(String codeLetter, Integer criterion, BigDecimal mark) {
}
