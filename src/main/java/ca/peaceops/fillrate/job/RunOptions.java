package ca.peaceops.fillrate.job;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;

import ca.peaceops.fillrate.report.csv.CsvDialect;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.env.Environment;

/**
 * What one command line asks for. Unknown options are refused rather than ignored: a
 * misspelt {@code --peroid} would otherwise report the wrong month without a word.
 *
 * @param from the first period of a backfill ({@code --from}), or {@code null}
 * @param to the last period of a backfill ({@code --to}), or {@code null}
 */
record RunOptions(YearMonth period, boolean rerun, boolean resend, boolean schedule, YearMonth from, YearMonth to) {

	private static final Set<String> KNOWN = Set.of("period", "input", "reports", "rerun", "resend", "schedule",
			"csv-dialect", "from", "to");

	/** One period's run, as the scheduler and a backfill make it. */
	static RunOptions period(YearMonth period, boolean rerun) {
		return new RunOptions(period, rerun, false, false, null, null);
	}

	/** Whether this asks for every period of a range ({@code --from}, {@code --to}). */
	boolean range() {
		return this.from != null;
	}

	/**
	 * Values come from the environment, so that {@code PERIOD=2018-03} works like
	 * {@code --period=2018-03}; a bare {@code --rerun} reads as an empty value, meaning
	 * true.
	 */
	static RunOptions parse(ApplicationArguments args, Environment env, Clock clock, ZoneId zone) {
		for (String name : args.getOptionNames()) {
			if (!KNOWN.contains(name) && !name.contains(".")) {
				throw new IllegalArgumentException("unknown option --" + name + "; see README for the options");
			}
		}
		if (!args.getNonOptionArgs().isEmpty()) {
			throw new IllegalArgumentException("unexpected argument \"" + args.getNonOptionArgs().get(0)
					+ "\"; options take the form --name=value");
		}
		// Checked here, not when the CSV step meets it, so that a typo is a bad option
		// and not a failed run.
		CsvDialect.fromName(env.getProperty("fillrate.csv-dialect", "rfc4180"));
		YearMonth period = YearMonth.now(clock.withZone(zone)).minusMonths(1);
		String value = env.getProperty("period", "").strip();
		if (!value.isEmpty()) {
			try {
				period = YearMonth.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("--period=" + value + " must be a month as YYYY-MM");
			}
		}
		YearMonth from = month(env, "from");
		YearMonth to = month(env, "to");
		if ((from == null) != (to == null)) {
			throw new IllegalArgumentException("--from and --to go together: give the first and the last month");
		}
		if (from != null) {
			if (from.isAfter(to)) {
				throw new IllegalArgumentException("--from=" + from + " is after --to=" + to);
			}
			YearMonth now = YearMonth.now(clock.withZone(zone));
			if (to.isAfter(now)) {
				throw new IllegalArgumentException("--to=" + to + " is after the current month " + now);
			}
			if (!value.isEmpty() || flag(env, "resend") || flag(env, "schedule")) {
				throw new IllegalArgumentException(
						"--from and --to run a range of periods: leave out --period, " + "--resend and --schedule");
			}
		}
		return new RunOptions(period, flag(env, "rerun"), flag(env, "resend"), flag(env, "schedule"), from, to);
	}

	private static YearMonth month(Environment env, String name) {
		String value = env.getProperty(name);
		if (value == null) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("--" + name + "=" + value + " must be a month as YYYY-MM");
		}
	}

	private static boolean flag(Environment env, String name) {
		String value = env.getProperty(name);
		return value != null && !value.strip().equalsIgnoreCase("false");
	}

}
