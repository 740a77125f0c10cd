package ca.peaceops.fillrate.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Writes a synthetic long-format series shaped like 24 years of UN police components: 288
 * months from 1991-01, 49 missions each active for a stretch of years (about 2,800
 * mission-months), countries from every continent with historical names, one mission with
 * no country, and some months without a deployed figure. A fixed seed gives the same file
 * every run.
 *
 * <p>
 * {@code java SeriesGenerator SEED OUT.csv}
 */
public final class SeriesGenerator {

	static final YearMonth FIRST = YearMonth.of(1991, 1);

	static final int MONTHS = 288;

	private static final String[] COUNTRIES = { "Cyprus", "Kosovo", "Liberia", "East Timor", "Ivory Coast",
			"Yugoslavia", "Macedonia", "Haiti", "Sierra Leone", "Democratic Republic of the Congo", "Sudan", "Lebanon",
			"Cambodia", "Mozambique", "Western Sahara", "Angola", "Rwanda", "Somalia", "Bosnia and Herzegovina",
			"Croatia", "Georgia", "Tajikistan", "Guatemala", "El Salvador", "Central African Republic", "Chad",
			"Burundi", "Ethiopia and Eritrea", "Afghanistan", "Iraq", "Nepal", "South Sudan", "Mali", "Libya", "Syria",
			"Golan", "India and Pakistan", "Namibia", "Zaire", "Timor-Leste", "Côte d'Ivoire", "Abyei", "Darfur",
			"Somalia", "Angola", "Haiti", "Liberia", "Kosovo", "" };

	private SeriesGenerator() {
	}

	public static void main(String[] args) throws IOException {
		SplittableRandom random = new SplittableRandom(Long.parseLong(args[0]));
		int[] start = new int[COUNTRIES.length];
		int[] end = new int[COUNTRIES.length];
		int[] cap = new int[COUNTRIES.length];
		for (int m = 0; m < COUNTRIES.length; m++) {
			start[m] = random.nextInt(MONTHS - 12);
			end[m] = Math.min(MONTHS, start[m] + 12 + random.nextInt(96));
			cap[m] = 20 + random.nextInt(3500);
		}
		try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
			out.write("period,mission,name,country,authorized,deployed,source\n");
			for (int month = 0; month < MONTHS; month++) {
				for (int m = 0; m < COUNTRIES.length; m++) {
					if (month < start[m] || month >= end[m]) {
						continue;
					}
					int deployed = (int) (cap[m] * (0.3 + 0.75 * random.nextDouble()));
					String known = (random.nextInt(40) == 0) ? "" : Integer.toString(deployed);
					out.write(FIRST.plusMonths(month) + ",UNPOL-" + (m + 1) + ",United Nations mission " + (m + 1)
							+ ",\"" + COUNTRIES[m] + "\"," + cap[m] + "," + known + ",synthetic series (benchmark)\n");
				}
			}
		}
	}

}
