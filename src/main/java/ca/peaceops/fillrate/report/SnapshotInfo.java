package ca.peaceops.fillrate.report;

import java.time.LocalDate;
import java.util.List;

import ca.peaceops.fillrate.snapshot.Warning;

/**
 * Provenance of a report: which file, which bytes, which source, and what reading it
 * raised.
 */
public record SnapshotInfo(String file, String sha256, LocalDate asOf, String source, List<Warning> warnings) {

	public SnapshotInfo {
		warnings = List.copyOf(warnings);
	}

}
