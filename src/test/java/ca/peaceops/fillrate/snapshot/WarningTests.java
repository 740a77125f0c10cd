package ca.peaceops.fillrate.snapshot;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarningTests {

	@Test
	void everyKindIsWordedInBothLanguages() {
		for (Warning.Kind kind : Warning.Kind.values()) {
			Object[] values = { "X", 1, 2 };
			Warning warning = Warning.of(kind, Arrays.copyOf(values, 3));

			assertThat(warning.text(Locale.CANADA_FRENCH)).as(kind.name())
				.isNotEqualTo(warning.text(Locale.CANADA))
				.contains("X");
		}
	}

	@Test
	void theEnglishIsForTheLogWithCountsGrouped() {
		assertThat(Warning.of(Warning.Kind.FROM_ROSTER, "input/rosters/2018-03-31.csv", 9_500_615))
			.hasToString("deployed counts come from the roster input/rosters/2018-03-31.csv (9,500,615 officers)");
		assertThat(Warning.of(Warning.Kind.POOL_ABOVE_CAP, "west-bank", 6, 5))
			.hasToString("pool west-bank: 6 deployed above the shared cap of 5");
	}

}
