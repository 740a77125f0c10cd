package ca.peaceops.fillrate.snapshot.page;

import ca.peaceops.fillrate.snapshot.MissionDraft;
import ca.peaceops.fillrate.snapshot.PoolDraft;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page's text states, before the snapshot-wide rules.
 *
 * @param dateModified the page's own "Date modified:", or {@code null}
 * @param dateLine the line of that date, for messages
 */
record PageReading(LocalDate dateModified, int dateLine, String source, List<PoolDraft> pools,
		List<MissionDraft> missions) {

}
