package ca.peaceops.fillrate.snapshot;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why the page was not used, in each report's language: every kind has its sentence in
 * both, and the reason survives the trip through a job parameter.
 */
class PageProblemTests {

	@Test
	void everyKindHasItsSentenceInEnglishAndInFrench() {
		ResourceBundle english = ResourceBundle.getBundle("messages/page", Locale.ROOT);
		ResourceBundle french = ResourceBundle.getBundle("messages/page", Locale.FRENCH);

		assertThat(french.getLocale().getLanguage()).isEqualTo("fr");
		assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(PageProblem.Kind.values()).map(PageProblem.Kind::name).toList());
		assertThat(french.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
	}

	@Test
	void theFrenchReportSaysItInFrenchAndTheLogInEnglish() {
		PageProblem refused = PageProblem.of(PageProblem.Kind.REFUSED, "www.rcmp-grc.gc.ca");
		PageProblem notHtml = PageProblem.of(PageProblem.Kind.NOT_HTML, "https://example.org/en", "application/pdf");

		assertThat(refused.text(Locale.CANADA_FRENCH)).isEqualTo("la connexion à www.rcmp-grc.gc.ca a été refusée");
		assertThat(refused).hasToString("the connection to www.rcmp-grc.gc.ca was refused");
		assertThat(notHtml.text(Locale.CANADA_FRENCH))
			.isEqualTo("la réponse de https://example.org/en n'est pas une page HTML (Content-Type : application/pdf)");
		assertThat(notHtml.text(Locale.CANADA))
			.isEqualTo("the answer from https://example.org/en is not an HTML page (Content-Type: application/pdf)");
	}

	@Test
	void aJobParameterGivesBackTheSameProblemWithinItsColumn() {
		PageProblem layout = PageProblem.of(PageProblem.Kind.NEW_LAYOUT,
				"line 3: no mission found\nunder the heading\t\"Current operations\"" + "x".repeat(3000),
				"input/pages");

		PageProblem back = PageProblem.fromParameter(layout.asParameter());

		assertThat(back).isEqualTo(layout);
		assertThat(back.values().get(0)).startsWith("line 3: no mission found under the heading \"Current operations\"")
			.hasSizeLessThan(500);
		assertThat(layout.asParameter()).hasSizeLessThan(2500);
	}

}
