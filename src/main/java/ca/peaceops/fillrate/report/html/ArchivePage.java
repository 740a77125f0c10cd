package ca.peaceops.fillrate.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.peaceops.fillrate.rates.PeriodTotal;
import ca.peaceops.fillrate.report.ReportFiles;
import ca.peaceops.fillrate.report.ReportText;

/**
 * {@code reports/index.html} and {@code index.fr.html}: every published period, newest
 * first, with links to its files, its edition and publication date, and the overall fill
 * rate over time. Rebuilt from the history at every publication; a page of that name that
 * this program did not write is never overwritten.
 */
public final class ArchivePage {

	/** One published period, as the history has it. */
	public record Entry(PeriodTotal total, int edition, Instant publishedAt) {

	}

	private ArchivePage() {
	}

	/**
	 * @param entries every published period, oldest first
	 * @return the pages kept because someone else wrote them (the run says so)
	 */
	public static List<Path> write(Path reports, List<Entry> entries, ReportText english, ReportText french) {
		List<Path> kept = new ArrayList<>();
		write(reports.resolve("index.html"), entries, english).ifPresent(kept::add);
		write(reports.resolve("index.fr.html"), entries, french).ifPresent(kept::add);
		return kept;
	}

	private static Optional<Path> write(Path file, List<Entry> entries, ReportText text) {
		try {
			if (Files.exists(file) && !Files.readString(file).contains(Html.GENERATOR)) {
				return Optional.of(file);
			}
			Path part = file.resolveSibling("." + file.getFileName() + ".part");
			Files.writeString(part, page(entries, text), StandardCharsets.UTF_8);
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	static String page(List<Entry> entries, ReportText text) {
		boolean french = text.french();
		String title = text.get("html.archiveTitle");
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(french ? "fr" : "en")
			.append("\">\n<head>\n")
			.append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append(Html.GENERATOR)
			.append("\n<title>")
			.append(Html.escape(title))
			.append("</title>\n")
			.append(Html.STYLE)
			.append("</head>\n<body>\n<main>\n<nav><a href=\"")
			.append(french ? "index.html" : "index.fr.html")
			.append("\" lang=\"")
			.append(french ? "en" : "fr")
			.append("\" hreflang=\"")
			.append(french ? "en" : "fr")
			.append("\">")
			.append(Html.escape(text.get("html.otherLanguage")))
			.append("</a></nav>\n<h1>")
			.append(Html.escape(title))
			.append("</h1>\n<p class=\"muted\">")
			.append(Html.escape(text.get("title")))
			.append("</p>\n");
		html.append(Html.scrollingTable(text.get("html.archiveCaption"), text.get("html.archiveCaption"), false))
			.append("<thead><tr>");
		for (String key : new String[] { "html.col.period", "col.fillRate", "html.col.files", "html.col.edition",
				"html.col.published" }) {
			html.append("<th scope=\"col\"")
				.append(key.equals("col.fillRate") ? " class=\"n\"" : "")
				.append('>')
				.append(Html.escape(text.get(key)))
				.append("</th>");
		}
		html.append("</tr></thead>\n<tbody>\n");
		for (int i = entries.size() - 1; i >= 0; i--) {
			Entry entry = entries.get(i);
			YearMonth period = entry.total().period();
			String dir = period + "/";
			html.append("<tr><th scope=\"row\">")
				.append(Html.escape(text.month(period)))
				.append("</th><td class=\"n\">")
				.append(Html.escape(text.percent(entry.total().totals().fillRate())))
				.append("</td><td>")
				.append(link(dir + (french ? ReportFiles.frenchHtml(period) : ReportFiles.html(period)), "HTML"))
				.append(" · ")
				.append(link(dir + (french ? ReportFiles.frenchPdf(period) : ReportFiles.pdf(period)), "PDF"))
				.append(" · ")
				.append(link(dir + ReportFiles.missionsCsv(period), "CSV"))
				.append("</td><td>")
				.append(entry.edition())
				.append("</td><td>")
				.append(Html.escape(text.timestamp(entry.publishedAt())))
				.append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n</div>\n<h2>")
			.append(Html.escape(text.get("html.archiveTrend")))
			.append("</h2>\n");
		html.append(SvgTrend.of(entries.stream().map(Entry::total).toList(), text, text.get("html.archiveTrend")));
		html.append("<p class=\"muted\"><a href=\"")
			.append(ReportFiles.HISTORY_CSV)
			.append("\">")
			.append(ReportFiles.HISTORY_CSV)
			.append("</a></p>\n</main>\n</body>\n</html>\n");
		return html.toString();
	}

	private static String link(String href, String label) {
		return "<a href=\"" + Html.escape(href) + "\">" + label + "</a>";
	}

}
