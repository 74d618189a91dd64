package org.kalamela.application.festival.query;

import java.util.Optional;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** Read port: appeals as the admin and the officials list them, oldest first (first come, first decided). */
public interface AppealListReader {

    Page<AppealRow> list(AppealFilter filter, PageRequest page);

    Optional<AppealRow> find(AppealId id);
}
