package ca.peaceops.fillrate.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a synthetic roster for the benchmark: {@code rows} officers on the missions of
 * the sample snapshot of 2018-03-31, with a fixed seed so that every run measures the
 * same file. About 5% of the rows ended before the as-of date and do not count.
 *
 * <p>
 * {@code java RosterGenerator ROWS SEED OUT.csv}
 */
public final class RosterGenerator {

	static final LocalDate AS_OF = LocalDate.of(2018, 3, 31);

	private static final String[] MISSIONS = { "MINUJUSTH", "MINUJUSTH", "MINUJUSTH", "UKRAINE", "UKRAINE", "UNVMC",
			"COLOMBIA-BILATERAL", "MLT", "EUPOL-COPPS", "PROTEUS" };

	private static final String[] SERVICES = { "RCMP", "Ontario Provincial Police", "Sûreté du Québec",
			"Service de police de la Ville de Montréal", "Toronto Police Service", "Vancouver Police Department",
			"Calgary Police Service", "Edmonton Police Service", "Winnipeg Police Service", "Ottawa Police Service",
			"Halifax Regional Police", "Service de police de la Ville de Québec", "Regina Police Service",
			"Saskatoon Police Service", "Royal Newfoundland Constabulary", "Peel Regional Police",
			"York Regional Police", "Durham Regional Police", "Waterloo Regional Police", "Hamilton Police Service" };

	private static final String[] RANKS = { "Constable", "Corporal", "Sergeant", "Staff Sergeant", "Inspector",
			"Superintendent" };

	private RosterGenerator() {
	}

	public static void main(String[] args) throws IOException {
		long rows = Long.parseLong(args[0]);
		write(rows, Long.parseLong(args[1]), Path.of(args[2]));
	}

	public static void write(long rows, long seed, Path out) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		Files.createDirectories(out.toAbsolutePath().getParent());
		try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
			writer.write("as_of,officer_id,mission_id,home_service,rank,gender,start_date,end_date\n");
			StringBuilder line = new StringBuilder(128);
			for (long i = 1; i <= rows; i++) {
				LocalDate start = AS_OF.minusDays(random.nextInt(730));
				int fate = random.nextInt(100);
				String end = (fate < 5)
						? start.plusDays(random.nextInt((int) (AS_OF.toEpochDay() - start.toEpochDay()) + 1))
							.minusDays(1)
							.toString()
						: (fate < 25) ? AS_OF.plusDays(1 + random.nextInt(365)).toString() : "";
				int gender = random.nextInt(100);
				line.setLength(0);
				line.append(AS_OF)
					.append(",P")
					.append(String.format("%09d", i))
					.append(',')
					.append(MISSIONS[random.nextInt(MISSIONS.length)])
					.append(',')
					.append(SERVICES[random.nextInt(SERVICES.length)])
					.append(',')
					.append(RANKS[random.nextInt(RANKS.length)])
					.append(',')
					.append((gender < 22) ? "F" : (gender < 99) ? "M" : "X")
					.append(',')
					.append(start)
					.append(',')
					.append(end)
					.append('\n');
				writer.append(line);
			}
		}
	}

}
