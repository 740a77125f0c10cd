package ca.peaceops.fillrate.snapshot;

import ca.peaceops.fillrate.snapshot.csv.CsvSnapshotReader;
import ca.peaceops.fillrate.snapshot.json.JsonSnapshotReader;
import ca.peaceops.fillrate.snapshot.page.PageTextReader;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import ca.peaceops.fillrate.place.BadRegionTableException;
import ca.peaceops.fillrate.place.Places;

/** Reads and validates a snapshot file of any supported form. */
public final class SnapshotReader {

	private final Places regions;

	private final Clock clock;

	private final long maxBytes;

	public SnapshotReader(Places regions, Clock clock) {
		this(regions, clock, SourceText.MAX_BYTES);
	}

	public SnapshotReader(Places regions, Clock clock, long maxBytes) {
		this.regions = regions;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	/**
	 * The places, with the overrides of a region table; a bad table is bad input.
	 */
	public static Places places(Path regionTable) {
		try {
			return Places.load(regionTable);
		}
		catch (BadRegionTableException ex) {
			throw new BadInputException(List.of(new InputProblem(ex.file(), ex.line(), "", ex.problem())));
		}
	}

	public LoadedSnapshot read(SnapshotFile file) {
		SourceText source = SourceText.read(file.path(), this.maxBytes);
		String name = file.path().toString();
		Snapshot snapshot = switch (file.format()) {
			case JSON -> new JsonSnapshotReader(this.regions, this.clock).read(name, source.text(), file.asOf());
			case CSV -> new CsvSnapshotReader(this.regions, this.clock).read(name, source.text(), file.asOf());
			case TXT, HTML -> new PageTextReader(this.regions, this.clock).read(name, source.text(), file.asOf());
		};
		return new LoadedSnapshot(file, source.sha256(), snapshot);
	}

}
