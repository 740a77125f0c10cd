package ca.peaceops.fillrate.snapshot;

import java.time.Clock;

/** Reads and validates a snapshot file of any supported form. */
public final class SnapshotReader {

	private final RegionTable regions;

	private final Clock clock;

	public SnapshotReader(RegionTable regions, Clock clock) {
		this.regions = regions;
		this.clock = clock;
	}

	public LoadedSnapshot read(SnapshotFile file) {
		SourceText source = SourceText.read(file.path());
		String name = file.path().toString();
		Snapshot snapshot = switch (file.format()) {
			case JSON -> new JsonSnapshotReader(this.regions, this.clock).read(name, source.text(), file.asOf());
			case CSV, TXT -> throw new BadInputException(name,
					file.format() + " snapshots are not supported yet; convert it to JSON (see README)");
		};
		return new LoadedSnapshot(file, source.sha256(), snapshot);
	}

}
