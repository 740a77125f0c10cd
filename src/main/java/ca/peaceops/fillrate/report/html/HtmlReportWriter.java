package ca.peaceops.fillrate.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ca.peaceops.fillrate.rates.MissionRate;
import ca.peaceops.fillrate.rates.PeriodTotal;
import ca.peaceops.fillrate.rates.PoolRate;
import ca.peaceops.fillrate.rates.RateStatus;
import ca.peaceops.fillrate.rates.RegionRate;
import ca.peaceops.fillrate.rates.Totals;
import ca.peaceops.fillrate.report.Attention;
import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportFiles;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.ReportText;
import ca.peaceops.fillrate.report.SnapshotInfo;
import ca.peaceops.fillrate.report.WomenDeployed;
import ca.peaceops.fillrate.snapshot.Mission;

/**
 * The HTML edition of a period's report, one self-contained file per language: the PDF's
 * sections and figures, inline CSS, charts as inline SVG with their text alternative and
 * their data table, no script and nothing fetched. The same report gives the same bytes.
 */
public final class HtmlReportWriter {

	private final ReportText text;

	private final ReportOptions options;

	public HtmlReportWriter(ReportText text, ReportOptions options) {
		this.text = text;
		this.options = options;
	}

	public void write(Report report, Path file) {
		try {
			Files.writeString(file, page(report), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	String page(Report report) {
		boolean french = this.text.french();
		String lang = french ? "fr" : "en";
		String title = this.text.get("title") + " — " + this.text.month(report.period());
		StringBuilder html = new StringBuilder(32_000);
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(lang)
			.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append(Html.GENERATOR)
			.append('\n')
			.append("<title>")
			.append(e(title))
			.append("</title>\n")
			.append(Html.STYLE)
			.append("</head>\n<body>\n<main>\n<nav>");
		String other = french ? ReportFiles.html(report.period()) : ReportFiles.frenchHtml(report.period());
		html.append("<a href=\"")
			.append(other)
			.append("\" lang=\"")
			.append(french ? "en" : "fr")
			.append("\" hreflang=\"")
			.append(french ? "en" : "fr")
			.append("\">")
			.append(e(this.text.get("html.otherLanguage")))
			.append("</a>");
		html.append("<a href=\"../")
			.append(french ? "index.fr.html" : "index.html")
			.append("\">")
			.append(e(this.text.get("html.archive")))
			.append("</a></nav>\n");
		html.append("<h1>").append(e(this.text.get("title"))).append("</h1>\n");
		html.append("<p><strong>").append(e(this.text.month(report.period()))).append("</strong></p>\n");
		html.append("<p class=\"muted\">")
			.append(e(this.text.asOf(report)))
			.append("<br>")
			.append(e(this.text.baseline(report.comparison())))
			.append("</p>\n");
		headline(html, report);
		html.append("<p>").append(e(this.text.headline(report))).append("</p>\n");
		html.append("<h2>").append(e(this.text.get("section.highlights"))).append("</h2>\n");
		List<String> changes = this.text.changeSentences(report);
		list(html, changes.subList(0, Math.min(5, changes.size())));
		if (changes.size() > 5) {
			html.append("<p class=\"muted\">")
				.append(e(this.text.get("change.more", changes.size() - 5, this.text.get("section.changes"))))
				.append("</p>\n");
		}
		html.append("<h2>").append(e(this.text.get("section.attention"))).append("</h2>\n");
		List<String> attention = Attention.of(report, this.options, french)
			.stream()
			.map((item) -> this.text.attention(item, this.options))
			.toList();
		if (attention.isEmpty()) {
			html.append("<p>")
				.append(e(this.text.get("attention.none", this.text.percent(this.options.fillThreshold()))))
				.append("</p>\n");
		}
		else {
			list(html, attention);
		}
		regions(html, report);
		charts(html, report);
		missions(html, report);
		women(html, report);
		html.append("<h2>").append(e(this.text.get("section.changes"))).append("</h2>\n");
		list(html, changes);
		html.append("<h2>").append(e(this.text.get("section.postings"))).append("</h2>\n");
		List<String> postings = report.rates()
			.withoutFigures()
			.stream()
			.map((rate) -> name(rate.mission()) + place(rate.mission()))
			.toList();
		if (postings.isEmpty()) {
			html.append("<p>").append(e(this.text.get("postings.none"))).append("</p>\n");
		}
		else {
			rawList(html, postings);
		}
		quality(html, report);
		html.append("</main>\n</body>\n</html>\n");
		return html.toString();
	}

	private void headline(StringBuilder html, Report report) {
		Totals now = report.rates().total();
		Totals before = report.previousTotal().orElse(null);
		String since = report.comparison().hasBaseline() ? this.text.month(report.comparison().baselinePeriod()) : null;
		html.append("<table>\n<caption>")
			.append(e(this.text.get("html.headline")))
			.append("</caption>\n<thead><tr>")
			.append("<th scope=\"col\">")
			.append(e(this.text.get("html.figure")))
			.append("</th>")
			.append("<th scope=\"col\" class=\"n\">")
			.append(e(this.text.get("html.value")))
			.append("</th>")
			.append("<th scope=\"col\" class=\"c\">")
			.append(e(this.text.get("html.change")))
			.append("</th>")
			.append("</tr></thead>\n<tbody>\n");
		headlineRow(html, "headline.authorized", this.text.total(now, Totals::authorized),
				this.text.totalChange(now, before, Totals::authorized, since));
		headlineRow(html, "headline.deployed", this.text.total(now, Totals::deployed),
				this.text.totalChange(now, before, Totals::deployed, since));
		headlineRow(html, "headline.fillRate", this.text.percent(now.fillRate()),
				(since != null)
						? this.text.get("headline.change.pts",
								this.text.pts(report.totalFillRateChangePts().orElse(null)), since)
						: this.text.get("headline.noChange"));
		headlineRow(html, "headline.vacancies", this.text.total(now, Totals::vacancies),
				this.text.totalChange(now, before, Totals::vacancies, since));
		html.append("</tbody>\n</table>\n");
	}

	private void headlineRow(StringBuilder html, String key, String value, String change) {
		html.append("<tr><th scope=\"row\">")
			.append(e(this.text.get(key)))
			.append("</th><td class=\"n\">")
			.append(e(value))
			.append("</td><td class=\"c\">")
			.append(e(change))
			.append("</td></tr>\n");
	}

	private void regions(StringBuilder html, Report report) {
		html.append("<h2>").append(e(this.text.get("section.regions"))).append("</h2>\n");
		html.append(
				Html.scrollingTable(this.text.get("html.regionsCaption"), this.text.get("html.regionsCaption"), false));
		header(html, "col.region", "col.cap", "col.deployed", "col.vacancies", "col.fillRate", "col.leftOut");
		for (RegionRate region : report.rates().regions()) {
			totalsRow(html, this.text.term("region", region.region()), region.totals(), "");
		}
		totalsRow(html, this.text.get("total"), report.rates().total(), " class=\"total\"");
		html.append(Html.END_SCROLLING_TABLE);
	}

	private void totalsRow(StringBuilder html, String name, Totals totals, String rowClass) {
		row(html, rowClass, name, this.text.total(totals, Totals::authorized),
				this.text.total(totals, Totals::deployed), this.text.total(totals, Totals::vacancies),
				this.text.percent(totals.fillRate()), this.text.count(totals.leftOut()));
	}

	/** The charts, or a line saying why there is none (no counts: no fill rate). */
	private void charts(StringBuilder html, Report report) {
		html.append("<h2>").append(e(this.text.get("section.charts"))).append("</h2>\n");
		StringBuilder charts = new StringBuilder();
		missionsChart(charts, report);
		trend(charts, report.trend());
		html.append(charts.isEmpty() ? "<p>" + e(this.text.get("charts.none")) + "</p>\n" : charts);
	}

	/**
	 * The fill rate of each mission or shared cap as horizontal bars, with the threshold:
	 * an SVG image whose title and description say what it shows, and whose figures are
	 * in the table after it.
	 */
	private void missionsChart(StringBuilder html, Report report) {
		List<String[]> bars = new ArrayList<>();
		for (MissionRate rate : report.rates().missions()) {
			if (!rate.shared() && rate.fillRate() != null) {
				bars.add(new String[] { rate.mission().name(this.text.french()), rate.fillRate().toPlainString(),
						this.text.percent(rate.fillRate()) });
			}
		}
		for (PoolRate pool : report.rates().pools()) {
			if (pool.figures().fillRate() != null) {
				bars.add(new String[] { pool.name(this.text.french()), pool.figures().fillRate().toPlainString(),
						this.text.percent(pool.figures().fillRate()) });
			}
		}
		if (bars.isEmpty()) {
			return;
		}
		String caption = this.text.get("html.chartMissions", this.text.percent(this.options.fillThreshold()));
		double max = Math.max(1.0, bars.stream().mapToDouble((bar) -> Double.parseDouble(bar[1])).max().orElse(1));
		int rowHeight = 28;
		int height = 30 + rowHeight * bars.size();
		int left = 8;
		int width = 420;
		html.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">\n<title id=\"chart-title\">")
			.append(e(caption))
			.append("</title>\n<desc id=\"chart-desc\">");
		List<String> described = bars.stream().map((bar) -> bar[0] + ": " + bar[2]).toList();
		html.append(e(String.join("; ", described))).append("</desc>\n");
		// The percentages stand in a column of their own at the right, clear of the bars
		// and of the threshold line.
		double scale = (width - left - 60) / max;
		for (int i = 0; i < bars.size(); i++) {
			String[] bar = bars.get(i);
			int y = 8 + i * rowHeight;
			double length = Double.parseDouble(bar[1]) * scale;
			boolean below = new BigDecimal(bar[1]).compareTo(this.options.fillThreshold()) < 0;
			html.append(String.format(Locale.ROOT,
					"<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"%s\"/>"
							+ "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#1f1f1f\" text-anchor=\"end\">%s</text>"
							+ "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#444\">%s</text>\n",
					left, y + 12, length, below ? "#b86e00" : "#1f5f99", width - 2, y + 23, e(bar[2]), left, y + 9,
					e(bar[0])));
		}
		double threshold = this.options.fillThreshold().doubleValue() * scale + left;
		html.append(String.format(Locale.ROOT,
				"<line x1=\"%.1f\" y1=\"4\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1f1f1f\" stroke-dasharray=\"4 3\"/>\n",
				threshold, threshold, height - 4));
		html.append("</svg>\n<figcaption>").append(e(caption)).append("</figcaption>\n</figure>\n");
		html.append(Html.scrollingTable(this.text.get("html.chartData"), this.text.get("html.chartData"), false));
		header(html, "col.mission", "col.fillRate");
		for (String[] bar : bars) {
			row(html, "", bar[0], bar[2]);
		}
		html.append(Html.END_SCROLLING_TABLE);
	}

	private void trend(StringBuilder html, List<PeriodTotal> trend) {
		if (trend.size() < 2) {
			return;
		}
		html.append(SvgTrend.of(trend, this.text, this.text.get("html.archiveTrend")));
	}

	private void missions(StringBuilder html, Report report) {
		html.append("<h2>").append(e(this.text.get("section.missions"))).append("</h2>\n");
		html.append(
				Html.scrollingTable(this.text.get("html.missionsScroll"), this.text.get("html.missionsCaption"), true))
			.append("<thead><tr><th scope=\"col\">")
			.append(e(this.text.get("col.mission")))
			.append("</th><th scope=\"col\">")
			.append(e(this.text.get("col.country")))
			.append("</th>");
		for (String key : new String[] { "col.cap", "col.deployed", "col.vacancies", "col.fillRate", "col.change" }) {
			html.append("<th scope=\"col\" class=\"n\">").append(e(this.text.get(key))).append("</th>");
		}
		html.append("</tr></thead>\n<tbody>\n");
		for (MissionRate rate : report.rates().withFigures()) {
			Mission mission = rate.mission();
			html.append("<tr><th scope=\"row\"><strong>")
				.append(e(mission.id()))
				.append("</strong><br>")
				.append(name(mission));
			if (mission.partner() != null) {
				html.append("<br><span class=\"muted\">").append(e(mission.partner())).append("</span>");
			}
			html.append("</th><td>").append(e(mission.country(this.text.french()))).append("</td>");
			String cap = rate.shared()
					? this.text.count(rate.poolAuthorized()) + " ("
							+ this.text.get("cap.shared", report.rates().poolName(rate, this.text.french())) + ")"
					: this.text.count(rate.authorized());
			html.append("<td class=\"n\">").append(e(cap)).append("</td>");
			html.append("<td class=\"n\">").append(e(this.text.count(rate.deployed()))).append("</td>");
			html.append("<td class=\"n\">").append(e(this.text.count(rate.vacancies()))).append("</td>");
			html.append("<td class=\"n\">").append(e(this.text.percent(rate.fillRate())));
			if (rate.status() == RateStatus.OVER_CAP) {
				html.append("<br><span class=\"alert\">").append(e(this.text.get("status.overCap"))).append("</span>");
			}
			else if (rate.status() == RateStatus.UNKNOWN) {
				html.append("<br><span class=\"muted\">").append(e(this.text.get("status.unknown"))).append("</span>");
			}
			html.append("</td><td class=\"n\">")
				.append(e(report.previous(mission.id()).isPresent() ? this.text.pts(report.changePts(rate).orElse(null))
						: ""))
				.append("</td></tr>\n");
		}
		html.append(Html.END_SCROLLING_TABLE);
	}

	/**
	 * Women deployed, as the PDF shows them: per mission, and from a roster the officers
	 * each home service provides; nothing when the counts say nothing of women.
	 */
	private void women(StringBuilder html, Report report) {
		Optional<String> heading = this.text.womenHeading(report);
		if (heading.isEmpty()) {
			return;
		}
		html.append("<h2>").append(e(heading.get())).append("</h2>\n<p>").append(e(this.text.womenSummary(report)));
		html.append("</p>\n")
			.append(Html.scrollingTable(this.text.get("html.womenCaption"), this.text.get("html.womenCaption"), false));
		header(html, "col.mission", "col.officers", "col.women", "col.womenShare");
		for (Map.Entry<Mission, WomenDeployed> mission : WomenDeployed.missions(report)) {
			WomenDeployed women = mission.getValue();
			row(html, "", mission.getKey().id(), this.text.count(women.officers()), this.text.count(women.women()),
					this.text.percent(women.share()));
		}
		html.append(Html.END_SCROLLING_TABLE);
		if (report.roster() != null) {
			html.append(Html.scrollingTable(this.text.get("html.homeServicesCaption"),
					this.text.get("html.homeServicesCaption"), false));
			header(html, "col.homeService", "col.officers");
			for (Map.Entry<String, Integer> service : report.roster().homeServicesByOfficers()) {
				row(html, "", service.getKey(), this.text.count(service.getValue()));
			}
			html.append(Html.END_SCROLLING_TABLE);
		}
	}

	/**
	 * A table's head: the first column's cells name their rows, the others hold figures.
	 */
	private void header(StringBuilder html, String... keys) {
		html.append("<thead><tr>");
		for (int i = 0; i < keys.length; i++) {
			html.append("<th scope=\"col\"").append((i > 0) ? " class=\"n\"" : "").append('>');
			html.append(e(this.text.get(keys[i]))).append("</th>");
		}
		html.append("</tr></thead>\n<tbody>\n");
	}

	/**
	 * A row named by its first cell, then its figures.
	 * @param rowClass the row's {@code class} attribute with its leading space, or empty
	 */
	private void row(StringBuilder html, String rowClass, String name, String... figures) {
		html.append("<tr").append(rowClass).append("><th scope=\"row\">").append(e(name)).append("</th>");
		for (String figure : figures) {
			html.append("<td class=\"n\">").append(e(figure)).append("</td>");
		}
		html.append("</tr>\n");
	}

	private void quality(StringBuilder html, Report report) {
		SnapshotInfo snapshot = report.snapshot();
		html.append("<h2>").append(e(this.text.get("section.quality"))).append("</h2>\n<dl>\n");
		field(html, "quality.file", snapshot.file());
		field(html, "quality.sha256", snapshot.sha256());
		field(html, "quality.source", snapshot.source());
		field(html, "quality.asOf", snapshot.asOf().toString());
		if (snapshot.pageProblem() != null) {
			field(html, "quality.pageNotUsed", snapshot.pageProblem().text(this.text.locale()));
		}
		if (snapshot.pageConfirmed() != null) {
			field(html, "quality.pageConfirmed", this.text.timestamp(snapshot.pageConfirmed()));
		}
		if (!snapshot.countsFromCaps()) {
			field(html, "quality.countsFile", snapshot.countsFrom().orElse(this.text.get("quality.noCounts")));
			snapshot.countsDate().ifPresent((date) -> field(html, "quality.countsAsOf", date.toString()));
		}
		html.append("</dl>\n<h3>").append(e(this.text.get("quality.warnings"))).append("</h3>\n");
		if (snapshot.warnings().isEmpty()) {
			html.append("<p>").append(e(this.text.get("quality.noWarnings"))).append("</p>\n");
		}
		else {
			list(html, snapshot.warnings().stream().map(this.text::warning).toList());
		}
		html.append("<p>").append(e(this.text.get("quality.sharedCaps"))).append("</p>\n");
		html.append("<p>").append(e(this.text.get("quality.unknowns"))).append("</p>\n");
		String pdf = this.text.french() ? ReportFiles.frenchPdf(report.period()) : ReportFiles.pdf(report.period());
		html.append("<p class=\"muted\">")
			.append(e(this.text.get("html.generated", this.text.timestamp(report.generatedAt()), report.version(),
					report.edition())))
			.append(" <a href=\"")
			.append(pdf)
			.append("\">")
			.append(e(this.text.get("html.pdf")))
			.append("</a></p>\n");
	}

	private void field(StringBuilder html, String key, String value) {
		html.append("<dt>").append(e(this.text.get(key))).append("</dt><dd>").append(e(value)).append("</dd>\n");
	}

	/**
	 * A mission's name in the report's language where known; an English name in the
	 * French edition is marked as English, so that a screen reader pronounces it so.
	 */
	private String name(Mission mission) {
		if (this.text.french() && mission.nameFr() == null) {
			return "<span lang=\"en\">" + e(mission.name()) + "</span>";
		}
		return e(mission.name(this.text.french()));
	}

	private String place(Mission mission) {
		String country = mission.country(this.text.french());
		return (country != null) ? " — " + e(country) : "";
	}

	private static void list(StringBuilder html, List<String> items) {
		rawList(html, items.stream().map(Html::escape).toList());
	}

	private static void rawList(StringBuilder html, List<String> items) {
		html.append("<ul>\n");
		items.forEach((item) -> html.append("<li>").append(item).append("</li>\n"));
		html.append("</ul>\n");
	}

	private static String e(String text) {
		return Html.escape(text);
	}

}
