package ca.peaceops.fillrate.place;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlacesTests {

	private final Places world = Places.world();

	@Nested
	class CountriesOfTheWorld {

		@ParameterizedTest
		@CsvSource(quoteCharacter = '"', value = { "Cyprus, Europe, Chypre", "Kosovo, Europe, Kosovo",
				"Liberia, Africa, Libéria", "Timor-Leste, Asia-Pacific, Timor-Leste",
				"Ivory Coast, Africa, Côte d'Ivoire", "Côte d’Ivoire, Africa, Côte d'Ivoire", "Haïti, Americas, Haïti",
				"HTI, Americas, Haïti", "HT, Americas, Haïti", "Lebanon, Middle East, Liban", "Iran, Middle East, Iran",
				"Georgia, Europe, Géorgie", "Afghanistan, Asia-Pacific, Afghanistan",
				"Western Sahara, Africa, Sahara occidental", "Chypre, Europe, Chypre", "the Sudan, Africa, Soudan" })
		void resolvesEnglishAndFrenchNamesAndIsoCodes(String name, String region, String french) {
			assertThat(PlacesTests.this.world.resolve(name)).hasValue(new Place(region, french));
		}

		@ParameterizedTest
		@CsvSource(quoteCharacter = '"',
				value = { "Yugoslavia, Europe, Yougoslavie", "East Timor, Asia-Pacific, Timor oriental",
						"Macedonia, Europe, Macédoine", "Zaire, Africa, Zaïre", "West Bank, Middle East, Cisjordanie" })
		void resolvesHistoricalAndCommonNames(String name, String region, String french) {
			assertThat(PlacesTests.this.world.resolve(name)).hasValue(new Place(region, french));
		}

		@Test
		void givesANameThatJoinsPlacesOfOneRegionThatRegion() {
			assertThat(PlacesTests.this.world.resolve("Ethiopia and Eritrea"))
				.hasValue(new Place("Africa", "Éthiopie et Érythrée"));
			assertThat(PlacesTests.this.world.resolve("India and Iraq")).isEmpty();
		}

		@Test
		void leavesAPlaceItCannotResolveUnassigned() {
			assertThat(PlacesTests.this.world.regionOf("Atlantis")).isEqualTo(Regions.UNASSIGNED);
			assertThat(PlacesTests.this.world.regionOf(null)).isEqualTo(Regions.UNASSIGNED);
			assertThat(Places.regionFr(Regions.UNASSIGNED)).isEqualTo("Non attribuée");
		}

	}

	@Nested
	class Overrides {

		@TempDir
		Path dir;

		@Test
		void placeWhatIsNotACountryAndOverrideACountry() throws IOException {
			Path table = this.dir.resolve("regions.csv");
			Files.writeString(table, "\uFEFFcountry,region,country_fr\nCaribbean region,Americas,Région des Caraïbes\n"
					+ "Cyprus,Middle East,\n");

			Places places = Places.load(table);

			assertThat(places.resolve("caribbean REGION")).hasValue(new Place("Americas", "Région des Caraïbes"));
			assertThat(places.resolve("Cyprus")).hasValue(new Place("Middle East", "Chypre"));
		}

		@Test
		void aMissingTableIsNoOverride() {
			assertThat(Places.load(this.dir.resolve("none.csv")).resolve("Mali")).hasValue(new Place("Africa", "Mali"));
		}

		@Test
		void aRowWithoutARegionNamesTheLine() throws IOException {
			Path table = this.dir.resolve("regions.csv");
			Files.writeString(table, "country,region\nGaza,\n");

			assertThatExceptionOfType(BadRegionTableException.class).isThrownBy(() -> Places.load(table))
				.withMessage(table + ":2: each row needs a country and a region")
				.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2));
		}

	}

}
