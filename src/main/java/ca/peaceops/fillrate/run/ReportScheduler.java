package ca.peaceops.fillrate.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.Set;
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
 * month is skipped silently. A month is run only from a snapshot dated in it: an older
 * snapshot never stands for a month here (an explicit {@code --period} run may do that,
 * and its report says so), so a month without one waits, and the months after it with it.
 * A period whose email could not be sent is tried again, sooner and sooner apart no more,
 * until it goes.
 */
public class ReportScheduler {

	private static final Log logger = LogFactory.getLog(ReportScheduler.class);

	/**
	 * The first wait before sending an undelivered report again; it doubles each time.
	 */
	static final Duration FIRST_RETRY = Duration.ofMinutes(15);

	static final Duration LONGEST_RETRY = Duration.ofHours(8);

	/** Published periods whose email has not gone yet, oldest first. */
	private final Set<YearMonth> undelivered = new TreeSet<>();

	private Duration retryAfter = FIRST_RETRY;

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
	public RunOutcome runForever() {
		logger.info("Scheduled: " + this.cron + " in " + this.clock.getZone());
		catchUp();
		try {
			while (!Thread.currentThread().isInterrupted()) {
				ZonedDateTime now = ZonedDateTime.now(this.clock);
				ZonedDateTime next = nextFiring(now);
				ZonedDateTime retry = now.plus(this.retryAfter);
				if (!this.undelivered.isEmpty() && retry.isBefore(next)) {
					logger.info("Sending the reports of " + this.undelivered + " again at " + retry);
					this.sleeper.sleepUntil(retry.toInstant());
					this.retryAfter = min(this.retryAfter.multipliedBy(2), LONGEST_RETRY);
					retryDeliveries();
					continue;
				}
				logger.info("Next run at " + next);
				this.sleeper.sleepUntil(next.toInstant());
				retryDeliveries();
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
		List<YearMonth> due = new ArrayList<>();
		for (YearMonth period = first; !period.isAfter(previous); period = period.plusMonths(1)) {
			if (!this.hasSnapshot.test(period)) {
				// Later months would compare with this one: they wait with it.
				logger.warn("No snapshot dated in " + period + " yet; " + period
						+ ((period.equals(previous)) ? "" : " and the months after it")
						+ " will be run when one arrives (to report " + period
						+ " from an older snapshot, run it alone with --period=" + period + ")");
				break;
			}
			due.add(period);
		}
		return due;
	}

	private void retryDeliveries() {
		for (YearMonth period : List.copyOf(this.undelivered)) {
			RunOutcome outcome = this.run.apply(period);
			logger.info("Delivery of " + period + " tried again: " + outcome);
			if (outcome != RunOutcome.DELIVERY_FAILED) {
				this.undelivered.remove(period);
			}
		}
		if (this.undelivered.isEmpty()) {
			this.retryAfter = FIRST_RETRY;
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private void catchUp() {
		for (YearMonth period : periodsDue()) {
			RunOutcome outcome = this.run.apply(period);
			logger.info("Scheduled run of " + period + ": " + outcome);
			if (outcome == RunOutcome.DELIVERY_FAILED) {
				// Published: later months may go on; the email is tried again.
				this.undelivered.add(period);
				continue;
			}
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
