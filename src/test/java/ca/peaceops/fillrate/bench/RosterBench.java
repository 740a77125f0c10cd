package ca.peaceops.fillrate.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import ca.peaceops.fillrate.roster.RosterCounts;
import ca.peaceops.fillrate.roster.RosterReader;

/**
 * Times the roster step in-process against the plain-Java floor on the same file: warm-up
 * runs first, then the median of the timed runs. Prints one line per measure:
 * {@code NAME ROWS MEDIAN_SECONDS}.
 *
 * <p>
 * {@code java RosterBench FILE ROWS [WARMUPS] [RUNS]}
 */
public final class RosterBench {

	private static final List<String> MISSIONS = List.of("MINUJUSTH", "UKRAINE", "UNVMC", "COLOMBIA-BILATERAL", "MLT",
			"EUPOL-COPPS", "PROTEUS");

	private RosterBench() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		long rows = Long.parseLong(args[1]);
		int warmups = (args.length > 2) ? Integer.parseInt(args[2]) : 2;
		int runs = (args.length > 3) ? Integer.parseInt(args[3]) : 5;
		RosterReader reader = new RosterReader(RosterGenerator.AS_OF, MISSIONS);
		double roster = median(warmups, runs, () -> {
			RosterCounts counts = reader.read(file);
			if (counts.officers() == 0) {
				throw new IllegalStateException("no officer counted");
			}
		});
		double floor = median(warmups, runs, () -> PlainJavaFloor.count(file, StandardCharsets.UTF_8));
		double latin1 = median(warmups, runs, () -> PlainJavaFloor.count(file, StandardCharsets.ISO_8859_1));
		System.out.printf(Locale.ROOT, "roster-step %d %.3f%n", rows, roster);
		System.out.printf(Locale.ROOT, "plain-java-floor %d %.3f%n", rows, floor);
		System.out.printf(Locale.ROOT, "plain-java-floor-iso-8859-1 %d %.3f%n", rows, latin1);
	}

	private interface Work {

		void run() throws Exception;

	}

	private static double median(int warmups, int runs, Work work) throws Exception {
		for (int i = 0; i < warmups; i++) {
			work.run();
		}
		List<Double> seconds = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			seconds.add((System.nanoTime() - start) / 1e9);
		}
		Collections.sort(seconds);
		return seconds.get(seconds.size() / 2);
	}

}
