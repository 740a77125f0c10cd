package ca.peaceops.fillrate.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;

import ca.peaceops.fillrate.rates.Change;
import ca.peaceops.fillrate.rates.ChangeKind;
import ca.peaceops.fillrate.rates.Totals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentences of "what changed", in both languages, with their grammar. */
class ReportTextTests {

	private static final ReportText FRENCH = new ReportText(Locale.CANADA_FRENCH, null);

	private static final ReportText ENGLISH = new ReportText(Locale.CANADA, null);

	@ParameterizedTest
	@CsvSource({ "0, '0 déployé.', '0 deployed.'", "1, '1 déployé.', '1 deployed.'", "2, '2 déployés.', '2 deployed.'",
			"1200, '1 200 déployés.', '1,200 deployed.'" })
	void aNewMissionsCountTakesTheSingularInFrenchUpToOne(int deployed, String french, String english) {
		Change change = new Change(ChangeKind.NEW_MISSION, false, "MINUSMA", "MINUSMA", null,
				BigDecimal.valueOf(deployed), null);

		assertThat(FRENCH.sentence(change, YearMonth.of(2018, 3)).replace('\u202F', ' ').replace('\u00A0', ' '))
			.endsWith(french);
		assertThat(ENGLISH.sentence(change, YearMonth.of(2018, 3))).endsWith(english);
	}

	@ParameterizedTest
	@CsvSource({ "1, 'MINUJUSTH : 1 déployé, −39 depuis', 'MINUJUSTH: 1 deployed, −39 since'",
			"15, 'MINUJUSTH : 15 déployés, −25 depuis', 'MINUJUSTH: 15 deployed, −25 since'" })
	void aChangedCountAgreesWithItsNumber(int after, String french, String english) {
		Change change = new Change(ChangeKind.DEPLOYED_CHANGED, false, "MINUJUSTH", "MINUJUSTH", BigDecimal.valueOf(40),
				BigDecimal.valueOf(after), BigDecimal.valueOf(after - 40));

		assertThat(FRENCH.sentence(change, YearMonth.of(2018, 3)).replace('\u202F', ' ').replace('\u00A0', ' '))
			.startsWith(french);
		assertThat(ENGLISH.sentence(change, YearMonth.of(2018, 3))).startsWith(english);
	}

	@Test
	void aHeadlineTotalOfNothingCountedIsUnknownAndSoIsItsChange() {
		Totals counted = new Totals(145, 68, 77, new BigDecimal("0.469"), 6, 0);
		Totals nothing = new Totals(0, 0, 0, null, 0, 6);

		assertThat(ENGLISH.total(counted, Totals::authorized)).isEqualTo("145");
		assertThat(ENGLISH.total(nothing, Totals::authorized)).isEqualTo("–");
		assertThat(ENGLISH.totalChange(nothing, counted, Totals::deployed, "March 2018"))
			.isEqualTo("– since March 2018");
		assertThat(ENGLISH.totalChange(counted, nothing, Totals::deployed, "March 2018"))
			.isEqualTo("– since March 2018");
		assertThat(ENGLISH.totalChange(counted, counted, Totals::deployed, null)).isEqualTo("no earlier report");
	}

}
