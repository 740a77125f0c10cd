package ca.peaceops.fillrate.snapshot;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import ca.peaceops.fillrate.snapshot.CountsFile.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule for a period's inputs, case by case, on file names alone. */
class PeriodInputsTests {

	private static final SnapshotFile MARCH_CAPS = snapshot("2018-03-31");

	private static final SnapshotFile JANUARY_CAPS = snapshot("2018-01-31");

	@Test
	void laterMonthsUseTheirOwnRostersAgainstTheCapsInForce() {
		List<CountsFile> rosters = List.of(counts("2018-04-30", Source.ROSTER), counts("2018-05-31", Source.ROSTER));

		PeriodInputs april = choose("2018-04", List.of(MARCH_CAPS), rosters, Set.of(MARCH_CAPS));
		PeriodInputs may = choose("2018-05", List.of(MARCH_CAPS), rosters, Set.of(MARCH_CAPS));

		assertThat(april.caps()).isEqualTo(MARCH_CAPS);
		assertThat(april.counts()).contains(rosters.get(0));
		assertThat(april.countsOfItsOwnMonth()).isTrue();
		assertThat(may.counts()).contains(rosters.get(1));
	}

	@Test
	void aSnapshotWithItsOwnFiguresIsItsMonthsCounts() {
		PeriodInputs march = choose("2018-03", List.of(JANUARY_CAPS, MARCH_CAPS), List.of(),
				Set.of(JANUARY_CAPS, MARCH_CAPS));

		assertThat(march.caps()).isEqualTo(MARCH_CAPS);
		assertThat(march.countsFromCaps()).isTrue();
	}

	@Test
	void aRosterOfTheSnapshotsDateComesBeforeItsOwnFigures() {
		CountsFile roster = counts("2018-03-31", Source.ROSTER);
		CountsFile table = counts("2018-03-31", Source.COUNTS_TABLE);

		PeriodInputs march = choose("2018-03", List.of(MARCH_CAPS), List.of(table, roster), Set.of(MARCH_CAPS));

		assertThat(march.counts()).contains(roster);
		assertThat(march.countsFromCaps()).isFalse();
	}

	@Test
	void aSnapshotNewerThanTheCountsFilesGivesTheCountsWhenItHasFigures() {
		CountsFile february = counts("2018-02-28", Source.COUNTS_TABLE);

		PeriodInputs march = choose("2018-03", List.of(MARCH_CAPS), List.of(february), Set.of(MARCH_CAPS));

		assertThat(march.countsFromCaps()).isTrue();
	}

	@Test
	void capsOnlySnapshotsTakeTheCountsTableOfTheMonth() {
		CountsFile march = counts("2018-03-31", Source.COUNTS_TABLE);

		PeriodInputs inputs = choose("2018-03", List.of(JANUARY_CAPS), List.of(march), Set.of());

		assertThat(inputs.caps()).isEqualTo(JANUARY_CAPS);
		assertThat(inputs.counts()).contains(march);
	}

	@Test
	void anEarlierSnapshotsFiguresStandForLaterCapsOnlySnapshots() {
		PeriodInputs march = choose("2018-03", List.of(JANUARY_CAPS, MARCH_CAPS), List.of(), Set.of(JANUARY_CAPS));

		assertThat(march.caps()).isEqualTo(MARCH_CAPS);
		assertThat(march.counts()).contains(CountsFile.of(JANUARY_CAPS));
		assertThat(march.countsOfItsOwnMonth()).isFalse();
	}

	@Test
	void withNoCountsAtAllTheCountsAreEmpty() {
		PeriodInputs march = choose("2018-03", List.of(MARCH_CAPS), List.of(), Set.of());

		assertThat(march.counts()).isEmpty();
		assertThat(march.countsFromCaps()).isFalse();
	}

	@Test
	void countsDatedAfterThePeriodAreNeverUsed() {
		CountsFile april = counts("2018-04-30", Source.ROSTER);

		PeriodInputs march = choose("2018-03", List.of(MARCH_CAPS), List.of(april), Set.of());

		assertThat(march.counts()).isEmpty();
	}

	@Test
	void onlySnapshotsNewerThanTheNewestCountsFileAreRead() {
		List<SnapshotFile> read = new ArrayList<>();
		List<SnapshotFile> snapshots = List.of(snapshot("2017-12-31"), JANUARY_CAPS, MARCH_CAPS);
		CountsFile february = counts("2018-02-28", Source.COUNTS_TABLE);

		PeriodInputs.choose(YearMonth.of(2018, 3), MARCH_CAPS, snapshots, List.of(february), (file) -> {
			read.add(file);
			return false;
		});

		assertThat(read).containsExactly(MARCH_CAPS);
	}

	private static PeriodInputs choose(String period, List<SnapshotFile> snapshots, List<CountsFile> files,
			Set<SnapshotFile> withFigures) {
		YearMonth month = YearMonth.parse(period);
		SnapshotFile caps = snapshots.stream()
			.filter((file) -> !file.asOf().isAfter(month.atEndOfMonth()))
			.reduce((first, second) -> second)
			.orElseThrow();
		Predicate<SnapshotFile> hasCounts = withFigures::contains;
		return PeriodInputs.choose(month, caps, snapshots, files, hasCounts);
	}

	private static SnapshotFile snapshot(String date) {
		return new SnapshotFile(Path.of("snapshots/" + date + ".json"), LocalDate.parse(date),
				SnapshotFile.Format.JSON);
	}

	private static CountsFile counts(String date, Source source) {
		return new CountsFile(Path.of((source == Source.ROSTER ? "rosters/" : "counts/") + date + ".csv"),
				LocalDate.parse(date), source);
	}

}
