package ca.peaceops.fillrate.report.html;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import ca.peaceops.fillrate.rates.PeriodTotal;
import ca.peaceops.fillrate.report.ReportText;

/**
 * The overall fill rate over the periods as an inline SVG line, with a title and a
 * description that say every point, and the same figures as a table beside it.
 */
final class SvgTrend {

	private SvgTrend() {
	}

	/**
	 * @param totals oldest first
	 */
	static String of(List<PeriodTotal> totals, ReportText text, String caption) {
		List<PeriodTotal> known = totals.stream().filter((total) -> total.totals().fillRate() != null).toList();
		StringBuilder html = new StringBuilder();
		if (known.size() >= 2) {
			int width = 420;
			int height = 200;
			double max = Math.max(1.0,
					known.stream().mapToDouble((total) -> total.totals().fillRate().doubleValue()).max().orElse(1));
			String id = "trend-" + known.get(known.size() - 1).period();
			html.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
				.append(width)
				.append(' ')
				.append(height)
				.append("\" role=\"img\" aria-labelledby=\"")
				.append(id)
				.append("-title ")
				.append(id)
				.append("-desc\">\n<title id=\"")
				.append(id)
				.append("-title\">")
				.append(Html.escape(caption))
				.append("</title>\n<desc id=\"")
				.append(id)
				.append("-desc\">")
				.append(Html.escape(known.stream()
					.map((total) -> text.month(total.period()) + ": " + text.percent(total.totals().fillRate()))
					.collect(Collectors.joining("; "))))
				.append("</desc>\n");
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < known.size(); i++) {
				double x = 40 + (width - 60) * (double) i / (known.size() - 1);
				double y = height - 30 - (height - 50) * known.get(i).totals().fillRate().doubleValue() / max;
				points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
				html.append(
						String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1f5f99\"/>", x, y));
			}
			html.append("\n<polyline fill=\"none\" stroke=\"#1f5f99\" stroke-width=\"2\" points=\"")
				.append(points.toString().strip())
				.append("\"/>\n");
			html.append(String.format(Locale.ROOT,
					"<line x1=\"40\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>"
							+ "<text x=\"40\" y=\"%d\" font-size=\"11\" fill=\"#444\">%s</text>"
							+ "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#444\" text-anchor=\"end\">%s</text>\n",
					height - 30, width - 20, height - 30, height - 12, Html.escape(text.month(known.get(0).period())),
					width - 20, height - 12, Html.escape(text.month(known.get(known.size() - 1).period()))));
			html.append("</svg>\n<figcaption>").append(Html.escape(caption)).append("</figcaption>\n</figure>\n");
		}
		html.append(Html.scrollingTable(caption, caption, false))
			.append("<thead><tr><th scope=\"col\">")
			.append(Html.escape(text.get("html.col.period")))
			.append("</th><th scope=\"col\" class=\"n\">")
			.append(Html.escape(text.get("col.fillRate")))
			.append("</th></tr></thead>\n<tbody>\n");
		for (int i = totals.size() - 1; i >= 0; i--) {
			PeriodTotal total = totals.get(i);
			BigDecimal rate = total.totals().fillRate();
			html.append("<tr><th scope=\"row\">")
				.append(Html.escape(text.month(total.period())))
				.append("</th><td class=\"n\">")
				.append(Html.escape(text.percent(rate)))
				.append("</td></tr>\n");
		}
		html.append(Html.END_SCROLLING_TABLE);
		return html.toString();
	}

}
