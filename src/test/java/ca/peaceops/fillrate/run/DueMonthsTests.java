package ca.peaceops.fillrate.run;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import ca.peaceops.fillrate.snapshot.InputDates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When the schedule publishes a month, one case at a time. */
class DueMonthsTests {

	private static final YearMonth JANUARY = YearMonth.of(2018, 1);

	private static final YearMonth MAY = YearMonth.of(2018, 5);

	@Test
	void eachMonthWithItsOwnRosterIsDueAndAGapBeforeThemFollowsFromTheNewestCountsBeforeIt() {
		InputDates inputs = inputs("2018-01-31", "2018-01-31", "2018-03-31", "2018-04-30", "2018-05-31");

		DueMonths months = DueMonths.of(Optional.of(JANUARY), MAY, inputs);

		assertThat(months.due()).containsExactly(YearMonth.of(2018, 2), YearMonth.of(2018, 3), YearMonth.of(2018, 4),
				MAY);
		assertThat(months.waiting()).isEmpty();
	}

	@Test
	void theMonthsAfterTheLastCountsWait() {
		InputDates inputs = inputs("2018-01-31", "2018-01-31", "2018-03-31");

		DueMonths months = DueMonths.of(Optional.of(JANUARY), MAY, inputs);

		assertThat(months.due()).containsExactly(YearMonth.of(2018, 2), YearMonth.of(2018, 3));
		assertThat(months.waiting()).containsExactly(YearMonth.of(2018, 4), MAY);
		assertThat(months.waitingLine(inputs)).hasValueSatisfying((line) -> assertThat(line)
			.startsWith("Waiting for counts dated in 2018-04 to 2018-05 (the newest counts are dated 2018-03-31)"));
	}

	@Test
	void lateCountsAreUsedForTheirOwnMonth() {
		InputDates before = inputs("2018-01-31", "2018-01-31");
		InputDates after = inputs("2018-01-31", "2018-01-31", "2018-02-28");

		assertThat(DueMonths.of(Optional.of(JANUARY), MAY, before).due()).isEmpty();
		assertThat(DueMonths.of(Optional.of(JANUARY), MAY, after).due()).containsExactly(YearMonth.of(2018, 2));
	}

	@Test
	void aLoneOldSnapshotPublishesNothing() {
		InputDates inputs = inputs("2018-03-31", "2018-03-31");

		DueMonths empty = DueMonths.of(Optional.empty(), YearMonth.of(2020, 5), inputs);
		DueMonths afterJanuary = DueMonths.of(Optional.of(JANUARY), YearMonth.of(2020, 5), inputs);

		assertThat(empty.due()).isEmpty();
		assertThat(empty.waiting()).containsExactly(YearMonth.of(2020, 5));
		assertThat(afterJanuary.due()).as("March has its counts (February no caps yet), and nothing after it")
			.containsExactly(YearMonth.of(2018, 3));
		assertThat(afterJanuary.waiting()).first().isEqualTo(YearMonth.of(2018, 4));
	}

	@Test
	void withNoCountsAnywhereAMonthIsDueOnceItHasEnded() {
		InputDates capsOnly = inputs("2018-01-01");

		assertThat(DueMonths.of(Optional.of(JANUARY), MAY, capsOnly).due()).containsExactly(YearMonth.of(2018, 2),
				YearMonth.of(2018, 3), YearMonth.of(2018, 4), MAY);
	}

	@Test
	void withAnEmptyHistoryOnlyThePreviousMonthIsLookedAt() {
		InputDates inputs = inputs("2018-01-31", "2018-01-31", "2018-04-30", "2018-05-31");

		assertThat(DueMonths.of(Optional.empty(), MAY, inputs).due()).containsExactly(MAY);
	}

	@Test
	void monthsBeforeTheFirstSnapshotAreNotReported() {
		InputDates inputs = inputs("2018-04-01", "2018-04-30");

		assertThat(DueMonths.of(Optional.of(JANUARY), MAY, inputs).due()).containsExactly(YearMonth.of(2018, 4));
	}

	/** The first snapshot's date, then the date of every counts source. */
	private static InputDates inputs(String firstCaps, String... counts) {
		return new InputDates(Optional.of(LocalDate.parse(firstCaps)),
				Arrays.stream(counts).map(LocalDate::parse).toList());
	}

}
