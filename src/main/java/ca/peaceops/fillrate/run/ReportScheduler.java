package ca.peaceops.fillrate.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import ca.peaceops.fillrate.snapshot.InputDates;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.support.CronExpression;

/**
 * {@code --schedule}: stays running and launches the job on a cron expression in a time
 * zone (daily by default, so that late files are reported the next morning). At start,
 * and at every firing (which also covers firings missed while the machine was off), it
 * runs the months {@link DueMonths} says are due, oldest first. Months that wait for
 * their counts are told once in the log and to the operations addresses, and again only
 * when what waits changes; a firing with nothing due is one INFO line. A period whose
 * email could not be sent is tried again after 15 minutes, the wait doubling each time up
 * to 8 hours, until it goes.
 */
public class ReportScheduler {

	private static final Log logger = LogFactory.getLog(ReportScheduler.class);

	/**
	 * The first wait before sending an undelivered report again; it doubles each time.
	 */
	static final Duration FIRST_RETRY = Duration.ofMinutes(15);

	static final Duration LONGEST_RETRY = Duration.ofHours(8);

	/**
	 * Published periods whose email has not gone yet, oldest first: kept in the database,
	 * so that a restarted scheduler sends them too.
	 */
	private final Supplier<List<YearMonth>> owed;

	private Duration retryAfter = FIRST_RETRY;

	/** How the scheduler waits; tests pass one that moves their clock instead. */
	interface Sleeper {

		void sleepUntil(Instant instant) throws InterruptedException;

	}

	private final CronExpression cron;

	private final Clock clock;

	private final Sleeper sleeper;

	private final Supplier<Optional<YearMonth>> lastPublished;

	private final Function<YearMonth, InputDates> inputs;

	private final Consumer<String> operations;

	/** The last waiting line told, so that it is told once. */
	private String told = "";

	private final Function<YearMonth, RunOutcome> run;

	/**
	 * @param inputs the inputs' dates, from the first month looked at on
	 * @param operations tells the operations addresses what waits
	 * @param owed the published periods whose email failed, oldest first
	 */
	ReportScheduler(String cron, Clock clock, Sleeper sleeper, Supplier<Optional<YearMonth>> lastPublished,
			Function<YearMonth, InputDates> inputs, Consumer<String> operations, Supplier<List<YearMonth>> owed,
			Function<YearMonth, RunOutcome> run) {
		this.owed = owed;
		this.cron = CronExpression.parse(cron);
		this.clock = clock;
		this.sleeper = sleeper;
		this.lastPublished = lastPublished;
		this.inputs = inputs;
		this.operations = operations;
		this.run = run;
	}

	/**
	 * Runs until interrupted; each firing's outcome is logged, and a failure waits for
	 * the next one.
	 */
	public RunOutcome runForever() {
		logger.info("Scheduled: " + this.cron + " in " + this.clock.getZone());
		// Owed from before a restart: sent at once, then on the backoff.
		retryDeliveries();
		catchUp();
		try {
			while (!Thread.currentThread().isInterrupted()) {
				ZonedDateTime now = ZonedDateTime.now(this.clock);
				ZonedDateTime next = nextFiring(now);
				ZonedDateTime retry = now.plus(this.retryAfter);
				List<YearMonth> owed = this.owed.get();
				if (!owed.isEmpty() && retry.isBefore(next)) {
					logger.info("Sending the reports of " + owed + " again at " + retry);
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
		Optional<YearMonth> last = this.lastPublished.get();
		InputDates dates;
		try {
			dates = this.inputs.apply(last.map((month) -> month.plusMonths(1)).orElse(previous));
		}
		catch (RuntimeException ex) {
			// An input folder that cannot be read: said once, tried again at each firing.
			tellOnce("Cannot look at the inputs: " + ex.getMessage());
			return List.of();
		}
		DueMonths months = DueMonths.of(last, previous, dates);
		Optional<String> waiting = months.waitingLine(dates);
		if (waiting.isPresent()) {
			tellOnce(waiting.get());
		}
		else {
			this.told = "";
		}
		if (months.due().isEmpty()) {
			logger.info("Nothing due" + last.map((month) -> " after " + month).orElse("") + "; "
					+ months.waiting().size() + " months waiting for counts");
		}
		return months.due();
	}

	private void tellOnce(String line) {
		if (!line.equals(this.told)) {
			logger.warn(line);
			this.operations.accept(line);
			this.told = line;
		}
	}

	private RunOutcome retryDeliveries() {
		RunOutcome worst = RunOutcome.PUBLISHED;
		for (YearMonth period : this.owed.get()) {
			RunOutcome outcome = this.run.apply(period);
			logger.info("Delivery of " + period + " tried again: " + outcome);
			if (outcome == RunOutcome.DELIVERY_FAILED) {
				worst = outcome;
			}
		}
		if (this.owed.get().isEmpty()) {
			this.retryAfter = FIRST_RETRY;
		}
		return worst;
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	/**
	 * {@code --due}: one look, as a firing of the schedule does, for cron or systemd to
	 * start daily. Nothing due is a success.
	 * @return the first failure, or a failed delivery, or published
	 */
	public RunOutcome runDue() {
		RunOutcome owed = retryDeliveries();
		RunOutcome due = catchUp();
		return (due == RunOutcome.PUBLISHED) ? owed : due;
	}

	private RunOutcome catchUp() {
		RunOutcome worst = RunOutcome.PUBLISHED;
		for (YearMonth period : periodsDue()) {
			RunOutcome outcome = this.run.apply(period);
			logger.info("Scheduled run of " + period + ": " + outcome);
			if (outcome == RunOutcome.DELIVERY_FAILED) {
				// Published: later months may go on; the email is owed and tried again.
				worst = outcome;
				continue;
			}
			if (outcome != RunOutcome.PUBLISHED && outcome != RunOutcome.ALREADY_DONE_OR_RUNNING) {
				// Later months compare with this one: stop here and try again at the next
				// firing.
				return outcome;
			}
		}
		return worst;
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
