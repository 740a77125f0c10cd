package ca.peaceops.fillrate.launch;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import ca.peaceops.fillrate.run.PeriodRequest;
import ca.peaceops.fillrate.run.RangeRequest;

import org.springframework.boot.ApplicationArguments;
import org.springframework.core.env.Environment;

/**
 * What one command line asks for. Unknown options are refused rather than ignored: a
 * misspelt {@code --peroid} would otherwise report the wrong month without a word.
 *
 * @param from the first period of a backfill ({@code --from}), or {@code null}
 * @param to the last period of a backfill ({@code --to}), or {@code null}
 * @param rebuildHistory a backfill that rebuilds a lost history from the snapshots
 * @param restore write a published period's files again from the history
 */
record RunOptions(YearMonth period, boolean rerun, boolean resend, boolean schedule, YearMonth from, YearMonth to,
		boolean rebuildHistory, boolean restore, boolean due) {

	/** Whether the command line accepts this option name. */
	static boolean isKnown(String name) {
		return CommandHelp.SHORT_OPTIONS.containsKey(name) || KnownOptions.isKnown(name);
	}

	/** What a single-period launch asks of its period. */
	PeriodRequest toPeriod() {
		return new PeriodRequest(this.period, this.rerun, this.resend, this.restore, false, true, Optional.empty());
	}

	/** What {@code --from}/{@code --to} ask for. */
	RangeRequest toRange() {
		return new RangeRequest(this.from, this.to, this.rerun, this.rebuildHistory);
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
			if (!isKnown(name)) {
				throw new BadOptionException("unknown option --" + name + "; see the README for the options");
			}
			// Spring would join the two values with a comma: a path or a month nobody
			// meant.
			if (args.getOptionValues(name) != null && args.getOptionValues(name).size() > 1) {
				throw new BadOptionException("--" + name + " is given twice; give it once");
			}
		}
		if (!args.getNonOptionArgs().isEmpty()) {
			throw new BadOptionException("unexpected argument \"" + args.getNonOptionArgs().get(0)
					+ "\"; options take the form --name=value");
		}
		YearMonth now = YearMonth.now(clock.withZone(zone));
		YearMonth period = now.minusMonths(1);
		String given = env.getProperty("period");
		String value = (given != null) ? given.strip() : "";
		if (given != null) {
			try {
				period = YearMonth.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw new BadOptionException("--period=" + value + " must be a month as YYYY-MM");
			}
			if (period.isAfter(now)) {
				throw new BadOptionException("--period=" + value + " is after the current month " + now
						+ ": its figures cannot be known yet");
			}
		}
		YearMonth from = month(env, "from");
		YearMonth to = month(env, "to");
		if ((from == null) != (to == null)) {
			throw new BadOptionException("--from and --to go together: give the first and the last month");
		}
		if (from != null) {
			if (from.isAfter(to)) {
				throw new BadOptionException("--from=" + from + " is after --to=" + to);
			}
			if (to.isAfter(now)) {
				throw new BadOptionException("--to=" + to + " is after the current month " + now);
			}
			if (given != null || flag(env, "resend") || flag(env, "schedule")) {
				throw new BadOptionException(
						"--from and --to run a range of periods: leave out --period, " + "--resend and --schedule");
			}
		}
		boolean rebuild = flag(env, "rebuild-history");
		if (rebuild && from == null) {
			throw new BadOptionException("--rebuild-history goes with --from and --to: the periods to rebuild");
		}
		boolean restore = flag(env, "restore");
		if (restore && (from != null || flag(env, "rerun") || flag(env, "resend") || flag(env, "schedule"))) {
			throw new BadOptionException(
					"--restore writes one published period's files again: give it with --period only");
		}
		boolean due = flag(env, "due");
		if (due && (given != null || from != null || restore || flag(env, "rerun") || flag(env, "resend")
				|| flag(env, "schedule"))) {
			throw new BadOptionException(
					"--due publishes the months that are due, as one firing of --schedule: give it alone");
		}
		return new RunOptions(period, flag(env, "rerun"), flag(env, "resend"), flag(env, "schedule"), from, to, rebuild,
				restore, due);
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
			throw new BadOptionException("--" + name + "=" + value + " must be a month as YYYY-MM");
		}
	}

	/**
	 * A switch: the bare option ({@code --rerun}) or {@code true} turn it on,
	 * {@code false} off; anything else ({@code --rerun=0}, {@code --resend=no}) is
	 * refused rather than guessed.
	 */
	private static boolean flag(Environment env, String name) {
		String value = env.getProperty(name);
		if (value == null) {
			return false;
		}
		String word = value.strip().toLowerCase(java.util.Locale.ROOT);
		if (word.isEmpty() || word.equals("true")) {
			return true;
		}
		if (word.equals("false")) {
			return false;
		}
		throw new BadOptionException("--" + name + "=" + value + ": give --" + name + " alone, or =true or =false");
	}

}
