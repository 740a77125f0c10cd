package ca.peaceops.fillrate.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import ca.peaceops.fillrate.rates.MissionRate;
import ca.peaceops.fillrate.rates.PeriodTotal;
import ca.peaceops.fillrate.rates.PoolRate;
import ca.peaceops.fillrate.rates.RateStatus;
import ca.peaceops.fillrate.rates.RegionRate;
import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.ReportText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/** The report's three charts, built from the report model in the report's language. */
final class Charts {

	/**
	 * More bars than this would not be readable; the chart then shows the lowest fill
	 * rates.
	 */
	static final int MAX_BARS = 25;

	static final Color BLUE = new Color(0x1F, 0x5F, 0x99);

	static final Color AMBER = new Color(0xC7, 0x7C, 0x02);

	static final Color GREY = new Color(0x9E, 0x9E, 0x9E);

	private final ReportText text;

	private final ChartFonts fonts;

	/**
	 * A chart and what it shows in words, for a reader who cannot see it.
	 */
	record Chart(JFreeChart chart, String alternative) {

	}

	Charts(ReportText text, ChartFonts fonts) {
		this.text = text;
		this.fonts = fonts;
	}

	/**
	 * One bar per cap unit (a mission with its own cap, or a pool), the threshold marked;
	 * none when no cap unit has a fill rate (no deployed counts), rather than an empty
	 * frame.
	 */
	Optional<Chart> missions(Report report, ReportOptions options) {
		record Bar(String label, BigDecimal rate, RateStatus status) {
		}
		List<Bar> bars = new ArrayList<>();
		for (MissionRate rate : report.rates().missions()) {
			if (!rate.shared() && rate.fillRate() != null) {
				bars.add(new Bar(rate.mission().id(), rate.fillRate(), rate.status()));
			}
		}
		for (PoolRate pool : report.rates().pools()) {
			if (pool.fillRate() != null) {
				bars.add(new Bar(this.text.get("cap.shared", pool.name(this.text.french())), pool.fillRate(),
						pool.figures().status()));
			}
		}
		if (bars.isEmpty()) {
			return Optional.empty();
		}
		int all = bars.size();
		bars.sort(Comparator.comparing(Bar::rate));
		List<Bar> shown = bars.subList(0, Math.min(MAX_BARS, bars.size()));
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		shown.forEach((bar) -> data.addValue(bar.rate().doubleValue(), "rate", bar.label()));
		String title = (all > shown.size()) ? this.text.get("chart.missions.lowest", shown.size(), all)
				: this.text.get("chart.missions");
		double highest = shown.stream().mapToDouble((bar) -> bar.rate().doubleValue()).max().orElse(1);
		JFreeChart chart = themed(new CategoryPlot(data, new CategoryAxis(), percentAxis(highest), null), title, false);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		BarRenderer renderer = new BarRenderer() {
			@Override
			public Paint getItemPaint(int row, int column) {
				Bar bar = shown.get(column);
				return (bar.status() == RateStatus.OVER_CAP) ? PdfStyle.ALERT
						: (bar.rate().compareTo(options.fillThreshold()) < 0) ? AMBER : BLUE;
			}
		};
		renderer.setDefaultItemLabelGenerator(
				new StandardCategoryItemLabelGenerator("{2}", percentFormat(), percentFormat()));
		labels(renderer);
		// Beside the end of each bar, not above it, where it would collide with the next
		// bar.
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		renderer.setMaximumBarWidth(0.08);
		flat(renderer);
		plot.setRenderer(renderer);
		ValueMarker threshold = new ValueMarker(options.fillThreshold().doubleValue(), PdfStyle.INK,
				new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 3f, 3f }, 0f));
		threshold.setLabel(this.text.get("chart.threshold", this.text.percent(options.fillThreshold())));
		threshold.setLabelFont(this.fonts.font(Font.PLAIN, 7));
		threshold.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		threshold.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		threshold.setLabelBackgroundColor(Color.WHITE);
		plot.addRangeMarker(threshold);
		String alternative = title + ": "
				+ String.join("; ",
						shown.stream().map((bar) -> bar.label() + " " + this.text.percent(bar.rate())).toList())
				+ " (" + threshold.getLabel() + ")";
		return Optional.of(new Chart(chart, alternative));
	}

	/**
	 * Authorized and deployed side by side for each region; none when no region counts a
	 * single cap unit (every one left out for an unknown figure).
	 */
	Optional<Chart> regions(Report report) {
		if (report.rates().regions().stream().allMatch((region) -> region.totals().included() == 0)) {
			return Optional.empty();
		}
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String authorized = this.text.get("headline.authorized");
		String deployed = this.text.get("headline.deployed");
		for (RegionRate region : report.rates().regions()) {
			String name = this.text.term("region", region.region());
			data.addValue(region.totals().authorized(), authorized, name);
			data.addValue(region.totals().deployed(), deployed, name);
		}
		NumberAxis officers = new NumberAxis();
		officers.setStandardTickUnits(NumberAxis.createIntegerTickUnits(this.text.locale()));
		officers.setUpperMargin(0.15);
		JFreeChart chart = themed(new CategoryPlot(data, new CategoryAxis(), officers, null),
				this.text.get("chart.regions"), true);
		BarRenderer renderer = new BarRenderer();
		renderer.setSeriesPaint(0, GREY);
		renderer.setSeriesPaint(1, BLUE);
		renderer.setDefaultItemLabelGenerator(
				new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(this.text.locale())));
		labels(renderer);
		renderer.setItemMargin(0.05);
		renderer.setMaximumBarWidth(0.12);
		flat(renderer);
		chart.getCategoryPlot().setRenderer(renderer);
		List<String> words = new ArrayList<>();
		for (RegionRate region : report.rates().regions()) {
			words.add(this.text.term("region", region.region()) + ": " + authorized + " "
					+ this.text.count(region.totals().authorized()) + ", " + deployed + " "
					+ this.text.count(region.totals().deployed()));
		}
		return Optional.of(new Chart(chart, this.text.get("chart.regions") + ": " + String.join("; ", words)));
	}

	/**
	 * The overall fill rate of the latest published periods, this one last; none when no
	 * period has one.
	 */
	Optional<Chart> trend(Report report) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (PeriodTotal point : report.trend()) {
			if (point.totals().fillRate() != null) {
				data.addValue(point.totals().fillRate().doubleValue(), "rate", point.period().toString());
			}
		}
		if (data.getColumnCount() == 0) {
			return Optional.empty();
		}
		double highest = report.trend()
			.stream()
			.filter((point) -> point.totals().fillRate() != null)
			.mapToDouble((point) -> point.totals().fillRate().doubleValue())
			.max()
			.orElse(1);
		int points = data.getColumnCount();
		JFreeChart chart = themed(new CategoryPlot(data, new SparseLabelAxis(), percentAxis(highest), null),
				this.text.get("chart.trend", report.trend().size()), false);
		LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, points <= SparseLabelAxis.MOST_LABELS);
		renderer.setSeriesPaint(0, BLUE);
		renderer.setSeriesStroke(0, new BasicStroke((points <= SparseLabelAxis.MOST_LABELS) ? 2f : 1.5f));
		// Beyond a year, a label on every point would cover the line: only the latest is
		// labelled.
		renderer.setDefaultItemLabelGenerator(
				new StandardCategoryItemLabelGenerator("{2}", percentFormat(), percentFormat()) {

					@Override
					public String generateLabel(CategoryDataset dataset, int row, int column) {
						return (points <= SparseLabelAxis.MOST_LABELS || column == points - 1)
								? super.generateLabel(dataset, row, column) : null;
					}

				});
		labels(renderer);
		chart.getCategoryPlot().setRenderer(renderer);
		if (report.trend().size() > 6) {
			chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		String alternative = this.text.get("chart.trend", report.trend().size()) + ": " + String
			.join("; ", report.trend()
				.stream()
				.map((point) -> this.text.month(point.period()) + " " + this.text.percent(point.totals().fillRate()))
				.toList());
		return Optional.of(new Chart(chart, alternative));
	}

	/**
	 * Always from 0 to at least 100%: a fill rate is read against a full cap, and a
	 * zoomed axis would make 4% look like 40%. Room is left beyond the longest bar for
	 * its label.
	 */
	private NumberAxis percentAxis(double highest) {
		NumberAxis axis = new NumberAxis();
		axis.setNumberFormatOverride(percentFormat());
		double top = Math.max(1.0, highest) * 1.12;
		axis.setRange(0, top);
		// Ticks every 20% up to 100% and beyond, wider steps when rates run far above it.
		axis.setTickUnit(new NumberTickUnit(Math.max(0.1, Math.ceil(top) / 10)));
		return axis;
	}

	private NumberFormat percentFormat() {
		NumberFormat format = NumberFormat.getPercentInstance(this.text.locale());
		format.setMaximumFractionDigits(0);
		return format;
	}

	/**
	 * Flat bars without shadows: a bar renderer made after the theme has the library's
	 * gradient look.
	 */
	private static void flat(BarRenderer renderer) {
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
	}

	private void labels(AbstractCategoryItemRenderer renderer) {
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(this.fonts.font(Font.PLAIN, 7));
		renderer.setDefaultItemLabelPaint(PdfStyle.INK);
	}

	/**
	 * A chart in the report's fonts and colours; renderers set afterwards keep their own
	 * colours.
	 */
	private JFreeChart themed(CategoryPlot plot, String title, boolean legend) {
		JFreeChart chart = new JFreeChart(plot);
		StandardChartTheme theme = new StandardChartTheme("report");
		theme.setExtraLargeFont(this.fonts.font(Font.BOLD, 11));
		theme.setLargeFont(this.fonts.font(Font.BOLD, 9));
		theme.setRegularFont(this.fonts.font(Font.PLAIN, 8));
		theme.setSmallFont(this.fonts.font(Font.PLAIN, 7));
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
		theme.apply(chart);
		chart.setTitle(new TextTitle(title, this.fonts.font(Font.BOLD, 10)));
		if (!legend) {
			chart.removeLegend();
		}
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		chart.getCategoryPlot().setOutlineVisible(false);
		return chart;
	}

}
