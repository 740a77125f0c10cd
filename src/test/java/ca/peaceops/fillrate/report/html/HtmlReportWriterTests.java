package ca.peaceops.fillrate.report.html;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.Reports;
import ca.peaceops.fillrate.roster.RosterCounts;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Pool;
import ca.peaceops.fillrate.snapshot.Snapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML edition's structure, read with jsoup as a browser's accessibility tree would
 * see it: languages, captions and header scopes, text alternatives, nothing fetched or
 * run, names escaped.
 */
class HtmlReportWriterTests {

	private static final YearMonth MARCH = YearMonth.of(2018, 3);

	private static final Snapshot SNAPSHOT = new Snapshot(LocalDate.of(2018, 3, 31), "test source",
			List.of(new Pool("west-bank", "West Bank", 5, "up to 5", null, "Cisjordanie")),
			List.of(mission("MINUJUSTH", "United Nations Mission for Justice Support in Haiti",
					"Mission des Nations Unies pour l'appui à la justice en Haïti", 90, 40, null),
					mission("XSS", "<img src=x onerror=alert(1)>", null, 20, 18, null),
					mission("EUPOL-COPPS", "EU Coordinating Office for Palestinian Police Support", null, null, 1,
							"west-bank"),
					mission("PROTEUS", "Operation PROTEUS", null, null, 3, "west-bank")),
			List.of());

	private final Report report = Reports.of(MARCH, SNAPSHOT, Reports.dated(SNAPSHOT, LocalDate.of(2018, 1, 31)));

	@Test
	void thePageIsSelfContainedWithItsLanguageAndALinkToTheOtherEdition() {
		Document english = english();

		assertThat(english.select("html").attr("lang")).isEqualTo("en");
		assertThat(english.select("script, link, img, iframe, object, embed")).isEmpty();
		assertThat(english.select("[src]")).isEmpty();
		assertThat(english.select("style")).hasSize(1);
		assertThat(english.selectFirst("style").data()).doesNotContain("url(", "@import");
		Element other = english.selectFirst("nav a[hreflang=fr]");
		assertThat(other.attr("href")).isEqualTo("fill-rate-report-2018-03.fr.html");
		assertThat(other.attr("lang")).isEqualTo("fr");
		assertThat(french().selectFirst("nav a[hreflang=en]").attr("href")).isEqualTo("fill-rate-report-2018-03.html");
	}

	@Test
	void everyTableHasACaptionAndScopedHeadersAndWideTablesScrollInAKeyboardBox() {
		Document english = english();

		assertThat(english.select("table")).isNotEmpty().allSatisfy((table) -> {
			assertThat(table.select("caption")).hasSize(1);
			assertThat(table.select("th")).allSatisfy((th) -> assertThat(th.attr("scope")).isIn("col", "row"));
		});
		assertThat(english.select("div.scroll")).isNotEmpty()
			.allSatisfy((box) -> assertThat(box.attr("tabindex")).isEqualTo("0"))
			.allSatisfy((box) -> assertThat(box.attr("aria-label")).isNotBlank());
	}

	@Test
	void theChartHasATextAlternativeAndItsDataTable() {
		Element svg = english().selectFirst("figure svg");

		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.selectFirst("title").text()).contains("Fill rate by mission");
		assertThat(svg.selectFirst("desc").text())
			.contains("United Nations Mission for Justice Support in Haiti: 44.4%", "West Bank: 80.0%")
			.as("a pooled mission is shown once, as its shared cap")
			.doesNotContain("Operation PROTEUS");
		assertThat(english().select("table caption").eachText()).contains("The chart's figures");
	}

	@Test
	void withoutDeployedCountsTheChartsSectionSaysWhyInsteadOfShowingNothing() {
		Snapshot noCounts = new Snapshot(LocalDate.of(2018, 3, 31), "test source", List.of(),
				List.of(mission("MINUSMA", "United Nations Mission in Mali", null, 25, null, null)), List.of());
		Document page = Jsoup
			.parse(new HtmlReportWriter(ReportOptions.DEFAULTS.text(Locale.CANADA), ReportOptions.DEFAULTS)
				.page(Reports.of(MARCH, noCounts, null)));

		Element charts = page.select("h2")
			.stream()
			.filter((h2) -> h2.text().equals("Charts"))
			.findFirst()
			.orElseThrow();
		assertThat(charts.nextElementSibling().text())
			.isEqualTo("Nothing to chart: no fill rate can be computed for this period.");
		assertThat(page.select("svg")).isEmpty();
		assertThat(english().select("figure svg")).as("with counts: the missions and the trend").hasSize(2);
		assertThat(page.selectFirst("table").select("tbody td.n").eachText())
			.as("a total of nothing counted is unknown, not 0 authorized")
			.containsExactly("–", "–", "–", "–");
		assertThat(page.select("table").get(1).select("tbody tr").first().select("td.n").eachText())
			.as("nor is a region's: cap, deployed, vacancies, fill rate, left out")
			.containsExactly("–", "–", "–", "–", "1");
	}

	@Test
	void aNameIsTextNeverMarkup() {
		String page = new HtmlReportWriter(ReportOptions.DEFAULTS.text(Locale.CANADA), ReportOptions.DEFAULTS)
			.page(this.report);

		assertThat(page).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
		assertThat(Jsoup.parse(page).select("img")).isEmpty();
	}

	@Test
	void anEnglishNameInTheFrenchEditionIsMarkedEnglish() {
		Document french = french();

		assertThat(french.select("html").attr("lang")).isEqualTo("fr");
		assertThat(french.select("span[lang=en]").eachText()).contains("Operation PROTEUS");
		assertThat(french.text()).contains("Mission des Nations Unies pour l'appui à la justice en Haïti");
		assertThat(french.select("span[lang=en]").eachText())
			.doesNotContain("United Nations Mission for Justice Support in Haiti");
	}

	@Test
	void theSameReportGivesTheSameBytes() {
		HtmlReportWriter writer = new HtmlReportWriter(ReportOptions.DEFAULTS.text(Locale.CANADA),
				ReportOptions.DEFAULTS);

		assertThat(writer.page(this.report)).isEqualTo(writer.page(this.report));
	}

	@Test
	void womenHaveTheSectionThePdfHasFromACountsTableOrARoster() {
		Report table = Reports.withWomen(this.report, null, Map.of("MINUJUSTH", 9));
		RosterCounts roster = new RosterCounts("input/rosters/2018-03-31.csv", 40, 10,
				Map.of("MINUJUSTH", new RosterCounts.MissionCount(40, 10)), Map.of("RCMP", 30, "SQ", 10));

		Document fromTable = english(table);
		Document fromRoster = english(Reports.withWomen(this.report, roster, Map.of()));

		assertThat(fromTable.select("h2").eachText()).contains("Women deployed");
		assertThat(fromTable.text())
			.contains("Of the 40 officers deployed in the missions whose counts give women, 9 are women (22.5%).");
		assertThat(fromTable.select("caption:containsOwn(Women deployed by mission) ~ tbody tr").eachText())
			.containsExactly("MINUJUSTH 40 9 22.5%");
		assertThat(fromRoster.select("h2").eachText()).contains("From the roster").doesNotContain("Women deployed");
		assertThat(fromRoster.select("caption:containsOwn(Women deployed by mission) ~ tbody tr").eachText())
			.as("a mission the roster does not name has none")
			.contains("MINUJUSTH 40 10 25.0%", "XSS 0 0 –");
		assertThat(fromRoster.select("caption:containsOwn(Officers by home service) ~ tbody tr").eachText())
			.containsExactly("RCMP 30", "SQ 10");
		assertThat(english().select("h2").eachText()).doesNotContain("Women deployed", "From the roster");
	}

	private Document english(Report report) {
		return Jsoup.parse(
				new HtmlReportWriter(ReportOptions.DEFAULTS.text(Locale.CANADA), ReportOptions.DEFAULTS).page(report));
	}

	private Document english() {
		return Jsoup.parse(new HtmlReportWriter(ReportOptions.DEFAULTS.text(Locale.CANADA), ReportOptions.DEFAULTS)
			.page(this.report));
	}

	private Document french() {
		return Jsoup
			.parse(new HtmlReportWriter(ReportOptions.DEFAULTS.text(Locale.CANADA_FRENCH), ReportOptions.DEFAULTS)
				.page(this.report));
	}

	private static Mission mission(String id, String name, String nameFr, Integer authorized, Integer deployed,
			String pool) {
		return new Mission(id, name, null, "Haiti", "Americas", null, null, null, authorized, null, deployed, pool,
				nameFr, null);
	}

}
