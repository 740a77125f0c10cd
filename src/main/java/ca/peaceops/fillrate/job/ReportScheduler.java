package ca.peaceops.fillrate.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.support.CronExpression;

/**
 * {@code --schedule}: stays running and launches the job on a cron expression in a time
 * zone. At start, and at every firing (which also covers firings missed while the machine
 * was off), it runs every period since the last published one, oldest first, so that no
 * month is skipped silently.
 */
class ReportScheduler {

	private static final Log logger = LogFactory.getLog(ReportScheduler.class);

	/**
	 * Catching up more months than this at once is a sign of a misconfiguration worth a
	 * look.
	 */
	static final int MAX_CATCH_UP = 24;

	/** How the scheduler waits; tests pass one that moves their clock instead. */
	interface Sleeper {

		void sleepUntil(Instant instant) throws InterruptedException;

	}

	private final CronExpression cron;

	private final Clock clock;

	private final Sleeper sleeper;

	private final Supplier<Optional<YearMonth>> lastPublished;

	private final Predicate<YearMonth> hasSnapshot;

	private final Function<YearMonth, RunOutcome> run;

	ReportScheduler(String cron, Clock clock, Sleeper sleeper, Supplier<Optional<YearMonth>> lastPublished,
			Predicate<YearMonth> hasSnapshot, Function<YearMonth, RunOutcome> run) {
		this.cron = CronExpression.parse(cron);
		this.clock = clock;
		this.sleeper = sleeper;
		this.lastPublished = lastPublished;
		this.hasSnapshot = hasSnapshot;
		this.run = run;
	}

	/**
	 * Runs until interrupted; each firing's outcome is logged, and a failure waits for
	 * the next one.
	 */
	RunOutcome runForever() {
		logger.info("Scheduled: " + this.cron + " in " + this.clock.getZone());
		catchUp();
		try {
			while (!Thread.currentThread().isInterrupted()) {
				ZonedDateTime next = nextFiring(ZonedDateTime.now(this.clock));
				logger.info("Next run at " + next);
				this.sleeper.sleepUntil(next.toInstant());
				catchUp();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return RunOutcome.PUBLISHED;
	}

	ZonedDateTime nextFiring(ZonedDateTime after) {
		return this.cron.next(after);
	}

	/**
	 * The periods to run now: after the last published one, up to the previous month,
	 * oldest first.
	 */
	List<YearMonth> periodsDue() {
		YearMonth previous = YearMonth.now(this.clock).minusMonths(1);
		YearMonth first = this.lastPublished.get().map((last) -> last.plusMonths(1)).orElse(previous);
		if (first.plusMonths(MAX_CATCH_UP).isBefore(previous)) {
			logger.warn("More than " + MAX_CATCH_UP + " months to catch up since " + first + "; running the last "
					+ MAX_CATCH_UP);
			first = previous.minusMonths(MAX_CATCH_UP - 1);
		}
		List<YearMonth> due = new ArrayList<>();
		for (YearMonth period = first; !period.isAfter(previous); period = period.plusMonths(1)) {
			if (this.hasSnapshot.test(period)) {
				due.add(period);
			}
			else {
				logger.warn("No snapshot for " + period + " yet; it will be run when one arrives");
			}
		}
		return due;
	}

	private void catchUp() {
		for (YearMonth period : periodsDue()) {
			RunOutcome outcome = this.run.apply(period);
			logger.info("Scheduled run of " + period + ": " + outcome);
			if (outcome != RunOutcome.PUBLISHED && outcome != RunOutcome.ALREADY_DONE_OR_RUNNING) {
				// Later months compare with this one: stop here and try again at the next
				// firing.
				break;
			}
		}
	}

	/** The real sleeper: the thread sleeps until the instant. */
	static Sleeper sleeping(Clock clock) {
		return (instant) -> {
			Duration wait = Duration.between(clock.instant(), instant);
			if (!wait.isNegative()) {
				Thread.sleep(wait.toMillis());
			}
		};
	}

}
