package ca.peaceops.fillrate.delivery;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ca.peaceops.fillrate.rates.Comparison;
import ca.peaceops.fillrate.rates.Totals;
import ca.peaceops.fillrate.report.Attention;
import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportFiles;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.ReportText;

/**
 * The message that carries a period's report: a subject with the headline, and a short
 * body (the headline in words, the biggest changes, what needs attention) in English then
 * French, as plain text and as HTML.
 */
record ReportEmail(String subject, String text, String html) {

	private static final int CHANGES = 5;

	private static final List<Locale> LANGUAGES = List.of(Locale.CANADA, Locale.CANADA_FRENCH);

	/**
	 * @param footer the lines about the files: attached, or where to find them
	 */
	static ReportEmail of(Report report, ReportOptions options, List<String> footer, String footerKey,
			Object footerArgument) {
		return of(report, options, footer, footerKey, footerArgument, Optional.empty());
	}

	/**
	 * @param linkBase where the reports are served ({@code mail.link-base}): the HTML
	 * part then links to the HTML edition and the archive page
	 */
	static ReportEmail of(Report report, ReportOptions options, List<String> footer, String footerKey,
			Object footerArgument, Optional<String> linkBase) {
		StringBuilder text = new StringBuilder();
		StringBuilder html = new StringBuilder();
		String subject = null;
		for (Locale locale : LANGUAGES) {
			ReportText words = options.text(locale);
			String line = words.get("mail.subject", words.subjectLead(report.period()),
					words.percent(report.rates().total().fillRate()),
					report.totalFillRateChangePts().map(words::pts).orElse(words.get("mail.subject.firstRun")));
			subject = (subject == null) ? line : subject + " / " + line;
			html.append("<div lang=\"").append(words.french() ? "fr" : "en").append("\">");
			section(report, options, words, footer, words.get(footerKey, footerArgument), text, html);
			linkBase.ifPresent((base) -> links(html, base, report, words));
			html.append("</div><hr>");
		}
		// A whole document, each language marked, so that a screen reader reads each
		// part with its own pronunciation.
		String document = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(subject)
				+ "</title></head><body style=\"font-family:sans-serif\">" + html + "</body></html>";
		return new ReportEmail(subject, text.toString(), document);
	}

	private static void section(Report report, ReportOptions options, ReportText words, List<String> footer,
			String footerLead, StringBuilder text, StringBuilder html) {
		String heading = words.get("mail.heading", words.month(report.period()));
		String asOf = words.asOf(report);
		List<String> changes = changes(report, words);
		List<String> attention = Attention.of(report, options, words.french())
			.stream()
			.map((item) -> words.attention(item, options))
			.toList();
		text.append(heading).append("\n").append(asOf).append("\n\n").append(words.headline(report)).append("\n\n");
		list(text, words.get("section.highlights"), changes);
		list(text, words.get("section.attention"), attention);
		list(text, footerLead, footer);
		text.append("\n");
		html.append("<h2>")
			.append(escape(heading))
			.append("</h2><p style=\"color:#555\">")
			.append(escape(asOf))
			.append("</p>");
		headlineTable(html, report, words);
		html.append("<p><strong>").append(escape(words.headline(report))).append("</strong></p>");
		htmlList(html, words.get("section.highlights"), changes);
		htmlList(html, words.get("section.attention"), attention);
		htmlList(html, footerLead, footer);
	}

	/** The headline figures as a small table with header cells, as in the PDF. */
	private static void headlineTable(StringBuilder html, Report report, ReportText words) {
		Totals total = report.rates().total();
		html.append("<table style=\"border-collapse:collapse\"><caption style=\"text-align:left\">")
			.append(escape(words.get("html.headline")))
			.append("</caption><tr>");
		for (String key : List.of("headline.authorized", "headline.deployed", "headline.fillRate",
				"headline.vacancies")) {
			html.append("<th scope=\"col\" style=\"text-align:right;padding:2px 8px\">")
				.append(escape(words.get(key)))
				.append("</th>");
		}
		html.append("</tr><tr>");
		for (String value : List.of(words.total(total, Totals::authorized), words.total(total, Totals::deployed),
				words.percent(total.fillRate()), words.total(total, Totals::vacancies))) {
			html.append("<td style=\"text-align:right;padding:2px 8px\">").append(escape(value)).append("</td>");
		}
		html.append("</tr></table>");
	}

	private static void links(StringBuilder html, String linkBase, Report report, ReportText words) {
		String base = linkBase.strip().endsWith("/") ? linkBase.strip() : linkBase.strip() + "/";
		String edition = base + report.period() + "/"
				+ (words.french() ? ReportFiles.frenchHtml(report.period()) : ReportFiles.html(report.period()));
		String archive = base + (words.french() ? "index.fr.html" : "index.html");
		html.append("<p><a href=\"")
			.append(escape(edition))
			.append("\">")
			.append(escape(words.get("mail.htmlEdition")))
			.append("</a> · <a href=\"")
			.append(escape(archive))
			.append("\">")
			.append(escape(words.get("html.archive")))
			.append("</a></p>");
	}

	private static List<String> changes(Report report, ReportText words) {
		Comparison comparison = report.comparison();
		if (!comparison.hasBaseline()) {
			return List.of(words.get("change.firstRun"));
		}
		if (comparison.changes().isEmpty()) {
			return List.of(words.get("change.none", words.month(comparison.baselinePeriod())));
		}
		return comparison.changes()
			.stream()
			.limit(CHANGES)
			.map((change) -> words.sentence(report.localized(change, words.french()), comparison.baselinePeriod()))
			.toList();
	}

	private static void list(StringBuilder text, String title, List<String> items) {
		text.append(title).append("\n");
		items.forEach((item) -> text.append("  - ").append(item).append("\n"));
		text.append("\n");
	}

	private static void htmlList(StringBuilder html, String title, List<String> items) {
		html.append("<h3>").append(escape(title)).append("</h3><ul>");
		items.forEach((item) -> html.append("<li>").append(escape(item)).append("</li>"));
		html.append("</ul>");
	}

	/** Text from the sources (mission names) is escaped: it must never become markup. */
	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
