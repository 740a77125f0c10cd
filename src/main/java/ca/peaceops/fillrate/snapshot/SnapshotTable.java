package ca.peaceops.fillrate.snapshot;

import java.io.PrintStream;

/** A snapshot as a plain-text table, for a person to check an import at a glance. */
public final class SnapshotTable {

	private static final String ROW = "%-22s %-40s %-16s %-9s %-7s %7s %8s  %s%n";

	private final PrintStream out;

	public SnapshotTable(PrintStream out) {
		this.out = out;
	}

	public void print(Snapshot snapshot) {
		this.out.println("Snapshot as of " + snapshot.asOf() + " — " + snapshot.source());
		this.out.printf(ROW, "id", "name", "country", "language", "armed", "cap", "deployed", "cap as worded");
		for (Mission mission : snapshot.missions()) {
			String cap = (mission.pool() != null)
					? snapshot.pool(mission.pool()).map((pool) -> figure(pool.authorized()) + "*").orElse("?")
					: figure(mission.authorized());
			String wording = (mission.pool() != null) ? snapshot.pool(mission.pool())
				.map((pool) -> "shared (" + pool.name() + "): " + pool.authorizedText())
				.orElse("") : (mission.authorizedText() != null) ? mission.authorizedText() : "";
			this.out.printf(ROW, cut(mission.id(), 22), cut(mission.name(), 40), cut(mission.country(), 16),
					(mission.language() != null) ? mission.language() : "–",
					(mission.armed() == null) ? "–" : mission.armed() ? "armed" : "unarmed", cap,
					figure(mission.deployed()), wording);
		}
		for (Pool pool : snapshot.pools()) {
			if (pool.deployed() != null) {
				this.out.println("Pool " + pool.name() + ": " + pool.deployed() + " deployed in total");
			}
		}
		snapshot.warnings().forEach((warning) -> this.out.println("warning: " + warning));
		long without = snapshot.missions().stream().filter(Mission::withoutFigures).count();
		this.out.println(snapshot.missions().size() + " missions, " + snapshot.pools().size() + " shared caps (*), "
				+ without + " without figures.");
	}

	private static String figure(Integer value) {
		return (value != null) ? value.toString() : "–";
	}

	private static String cut(String text, int width) {
		return (text.length() <= width) ? text : text.substring(0, width - 1) + "…";
	}

}
