package ca.peaceops.fillrate.run;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import ca.peaceops.fillrate.snapshot.InputDates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportSchedulerTests {

	/** Counts dated in every month: every month after the last published one is due. */
	private static final Function<YearMonth, InputDates> EVERY_MONTH = (from) -> new InputDates(
			Optional.of(LocalDate.of(2000, 1, 31)),
			Stream.iterate(YearMonth.of(2000, 1), (month) -> month.plusMonths(1))
				.limit(12 * 40)
				.map(YearMonth::atEndOfMonth)
				.toList());

	private static final Consumer<String> NOBODY = (line) -> {
	};

	private static InputDates counts(String firstCaps, String... counts) {
		return new InputDates(Optional.of(LocalDate.parse(firstCaps)),
				Stream.of(counts).map(LocalDate::parse).toList());
	}

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	/**
	 * A clock the test moves: the scheduler's sleeps move it to the instant they wait
	 * for.
	 */
	private static final class TestClock extends Clock {

		private final AtomicReference<Instant> now;

		TestClock(ZonedDateTime start) {
			this.now = new AtomicReference<>(start.toInstant());
		}

		@Override
		public ZoneId getZone() {
			return TORONTO;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

		void set(Instant instant) {
			this.now.set(instant);
		}

	}

	@Test
	void firesAtTheConfiguredTimeInTheConfiguredZoneAcrossDaylightSavingChanges() {
		TestClock clock = new TestClock(ZonedDateTime.of(2026, 2, 15, 0, 0, 0, 0, TORONTO));
		ReportScheduler scheduler = new ReportScheduler("0 0 6 1 * *", clock, clock::set, Optional::empty, EVERY_MONTH,
				NOBODY, List::of, (period) -> RunOutcome.PUBLISHED);

		ZonedDateTime march = scheduler.nextFiring(ZonedDateTime.now(clock));
		ZonedDateTime april = scheduler.nextFiring(march);
		ZonedDateTime november = scheduler.nextFiring(ZonedDateTime.of(2026, 10, 15, 0, 0, 0, 0, TORONTO));

		assertThat(march.toOffsetDateTime()).hasToString("2026-03-01T06:00-05:00");
		assertThat(april.toOffsetDateTime()).as("after clocks went forward on 8 March")
			.hasToString("2026-04-01T06:00-04:00");
		assertThat(november.toOffsetDateTime()).as("clocks went back at 02:00 that morning")
			.hasToString("2026-11-01T06:00-05:00");
		assertThat(scheduler.nextFiring(november).toOffsetDateTime()).hasToString("2026-12-01T06:00-05:00");
	}

	@Test
	void catchesUpMissedMonthsOldestFirstThenRunsAtEachFiring() {
		TestClock clock = new TestClock(ZonedDateTime.of(2018, 4, 20, 9, 0, 0, 0, TORONTO));
		List<YearMonth> published = new ArrayList<>(List.of(YearMonth.of(2018, 1)));
		List<YearMonth> runs = new ArrayList<>();
		List<Instant> firings = new ArrayList<>();
		ReportScheduler scheduler = new ReportScheduler("0 0 6 1 * *", clock, (instant) -> {
			if (firings.size() == 2) {
				throw new InterruptedException("the test has seen enough");
			}
			firings.add(instant);
			clock.set(instant);
		}, () -> Optional.of(published.get(published.size() - 1)), EVERY_MONTH, NOBODY, List::of, (period) -> {
			runs.add(period);
			published.add(period);
			return RunOutcome.PUBLISHED;
		});

		scheduler.runForever();

		assertThat(runs).containsExactly(YearMonth.of(2018, 2), YearMonth.of(2018, 3), YearMonth.of(2018, 4),
				YearMonth.of(2018, 5));
		assertThat(firings).extracting((instant) -> instant.atZone(TORONTO).toOffsetDateTime().toString())
			.containsExactly("2018-05-01T06:00-04:00", "2018-06-01T06:00-04:00");
		Thread.interrupted();
	}

	@Test
	void aMonthWithoutCountsOfItsOwnIsPublishedOnceALaterMonthsCountsArriveAndTheRestWait() {
		TestClock clock = new TestClock(ZonedDateTime.of(2018, 6, 2, 9, 0, 0, 0, TORONTO));
		List<YearMonth> runs = new ArrayList<>();
		List<String> told = new ArrayList<>();
		ReportScheduler scheduler = new ReportScheduler("0 0 6 * * *", clock, (instant) -> {
			throw new InterruptedException("one catch-up is enough");
		}, () -> Optional.of(YearMonth.of(2018, 1)), (from) -> counts("2018-01-31", "2018-01-31", "2018-03-31"),
				told::add, List::of, (period) -> {
					runs.add(period);
					return RunOutcome.PUBLISHED;
				});

		scheduler.runForever();

		assertThat(runs).as("February from January's counts once March's exist; April and May wait")
			.containsExactly(YearMonth.of(2018, 2), YearMonth.of(2018, 3));
		assertThat(told).singleElement().asString().startsWith("Waiting for counts dated in 2018-04 to 2018-05");
		Thread.interrupted();
	}

	@Test
	void whatWaitsIsToldOnceNotAtEveryFiring() {
		TestClock clock = new TestClock(ZonedDateTime.of(2020, 6, 2, 9, 0, 0, 0, TORONTO));
		List<String> told = new ArrayList<>();
		List<Instant> firings = new ArrayList<>();
		List<YearMonth> runs = new ArrayList<>();
		ReportScheduler scheduler = new ReportScheduler("0 0 6 * * *", clock, (instant) -> {
			if (firings.size() == 5) {
				throw new InterruptedException("five days are enough");
			}
			firings.add(instant);
			clock.set(instant);
		}, Optional::empty, (from) -> counts("2018-03-31", "2018-03-31"), told::add, List::of, (period) -> {
			runs.add(period);
			return RunOutcome.PUBLISHED;
		});

		scheduler.runForever();

		assertThat(runs).as("a lone snapshot two years old publishes nothing").isEmpty();
		assertThat(firings).hasSize(5);
		assertThat(told).singleElement()
			.asString()
			.startsWith("Waiting for counts dated in 2020-05 (the newest counts are dated 2018-03-31)");
		Thread.interrupted();
	}

	@Test
	void aFailureStopsTheCatchUp() {
		TestClock clock = new TestClock(ZonedDateTime.of(2018, 6, 2, 9, 0, 0, 0, TORONTO));
		List<YearMonth> runs = new ArrayList<>();
		ReportScheduler scheduler = new ReportScheduler("0 0 6 1 * *", clock, (instant) -> {
			throw new InterruptedException("one catch-up is enough");
		}, () -> Optional.of(YearMonth.of(2018, 1)), EVERY_MONTH, NOBODY, List::of, (period) -> {
			runs.add(period);
			return period.equals(YearMonth.of(2018, 4)) ? RunOutcome.BAD_INPUT : RunOutcome.PUBLISHED;
		});

		scheduler.runForever();

		assertThat(runs).as("May waits: it would compare with an April that failed")
			.containsExactly(YearMonth.of(2018, 2), YearMonth.of(2018, 3), YearMonth.of(2018, 4));
		Thread.interrupted();
	}

	@Test
	void aReportWhoseEmailFailedIsSentAgainLaterAndLaterUntilItGoes() {
		TestClock clock = new TestClock(ZonedDateTime.of(2018, 5, 1, 6, 0, 0, 0, TORONTO));
		List<YearMonth> published = new ArrayList<>(List.of(YearMonth.of(2018, 3)));
		List<Instant> wakes = new ArrayList<>();
		List<RunOutcome> outcomes = new ArrayList<>(
				List.of(RunOutcome.DELIVERY_FAILED, RunOutcome.DELIVERY_FAILED, RunOutcome.PUBLISHED));
		List<YearMonth> runs = new ArrayList<>();
		// What the database keeps: a period whose delivery failed, until it goes.
		List<YearMonth> owed = new ArrayList<>();
		ReportScheduler scheduler = new ReportScheduler("0 0 6 1 * *", clock, (instant) -> {
			if (outcomes.isEmpty()) {
				throw new InterruptedException("delivered");
			}
			wakes.add(instant);
			clock.set(instant);
		}, () -> Optional.of(published.get(published.size() - 1)), EVERY_MONTH, NOBODY, () -> List.copyOf(owed),
				(period) -> {
					runs.add(period);
					published.add(period);
					RunOutcome outcome = outcomes.remove(0);
					owed.remove(period);
					if (outcome == RunOutcome.DELIVERY_FAILED) {
						owed.add(period);
					}
					return outcome;
				});

		scheduler.runForever();

		assertThat(runs).containsExactly(YearMonth.of(2018, 4), YearMonth.of(2018, 4), YearMonth.of(2018, 4));
		assertThat(wakes).extracting((instant) -> instant.atZone(TORONTO).toLocalTime().toString())
			.containsExactly("06:15", "06:45");
		Thread.interrupted();
	}

	@Test
	void withNoHistoryOnlyThePreviousMonthIsDue() {
		TestClock clock = new TestClock(ZonedDateTime.of(2018, 4, 1, 6, 0, 0, 0, TORONTO));
		ReportScheduler scheduler = new ReportScheduler("0 0 6 1 * *", clock, clock::set, Optional::empty, EVERY_MONTH,
				NOBODY, List::of, (period) -> RunOutcome.PUBLISHED);

		assertThat(scheduler.periodsDue()).containsExactly(YearMonth.of(2018, 3));
	}

	@Test
	void aRestartedSchedulerSendsWhatWasOwedAtOnce() {
		TestClock clock = new TestClock(ZonedDateTime.of(2018, 5, 3, 9, 0, 0, 0, TORONTO));
		List<YearMonth> owed = new ArrayList<>(List.of(YearMonth.of(2018, 3)));
		List<YearMonth> runs = new ArrayList<>();
		ReportScheduler scheduler = new ReportScheduler("0 0 6 * * *", clock, (instant) -> {
			throw new InterruptedException("the start is enough");
		}, () -> Optional.of(YearMonth.of(2018, 4)), EVERY_MONTH, NOBODY, () -> List.copyOf(owed), (period) -> {
			runs.add(period);
			owed.remove(period);
			return RunOutcome.PUBLISHED;
		});

		scheduler.runForever();

		assertThat(runs).as("March's email, owed from before the restart, at once")
			.containsExactly(YearMonth.of(2018, 3));
		Thread.interrupted();
	}

}
