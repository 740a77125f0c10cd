package ca.peaceops.fillrate.snapshot;

import java.time.Clock;

/** Reads and validates a snapshot file of any supported form. */
public final class SnapshotReader {

	private final RegionTable regions;

	private final Clock clock;

	private final long maxBytes;

	public SnapshotReader(RegionTable regions, Clock clock) {
		this(regions, clock, SourceText.MAX_BYTES);
	}

	public SnapshotReader(RegionTable regions, Clock clock, long maxBytes) {
		this.regions = regions;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	public LoadedSnapshot read(SnapshotFile file) {
		SourceText source = SourceText.read(file.path(), this.maxBytes);
		String name = file.path().toString();
		Snapshot snapshot = switch (file.format()) {
			case JSON -> new JsonSnapshotReader(this.regions, this.clock).read(name, source.text(), file.asOf());
			case CSV -> new CsvSnapshotReader(this.regions, this.clock).read(name, source.text(), file.asOf());
			case TXT -> new PageTextReader(this.regions, this.clock).read(name, source.text(), file.asOf());
		};
		return new LoadedSnapshot(file, source.sha256(), snapshot);
	}

}
