package ca.peaceops.fillrate.snapshot;

import java.time.LocalDate;
import java.util.List;

/**
 * Small builders for snapshots in tests, so that each test shows only the figures it is
 * about.
 */
public final class Missions {

	private Missions() {
	}

	public static Mission own(String id, String region, Integer authorized, Integer deployed) {
		return new Mission(id, id + " mission", "United Nations", id + " country", region, "English", false, null,
				authorized, (authorized != null) ? String.valueOf(authorized) : null, deployed, null, null, null);
	}

	public static Mission pooled(String id, String region, String pool, Integer deployed) {
		return new Mission(id, id + " mission", "European Union", id + " country", region, "English", false, null, null,
				null, deployed, pool, null, null);
	}

	public static Mission posting(String id, String region) {
		return new Mission(id, id + " posting", null, id + " country", region, null, null, null, null, null, null, null,
				null, null);
	}

	public static Pool pool(String id, Integer authorized, Integer deployed) {
		return new Pool(id, id + " pool", authorized, "up to " + authorized + ", in total", deployed);
	}

	public static Snapshot snapshot(List<Pool> pools, Mission... missions) {
		return new Snapshot(LocalDate.of(2018, 3, 31), "test", pools, List.of(missions), List.of());
	}

}
