package ca.peaceops.fillrate.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.ToIntFunction;

import ca.peaceops.fillrate.rates.Change;
import ca.peaceops.fillrate.rates.Comparison;
import ca.peaceops.fillrate.rates.Figures;
import ca.peaceops.fillrate.rates.Totals;
import ca.peaceops.fillrate.roster.RosterCounts;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Warning;

/**
 * The words and number formats of one language, from the {@code messages/report} bundle,
 * so that every renderer says the same thing the same way.
 */
public final class ReportText {

	private final Locale locale;

	private final ResourceBundle bundle;

	private final String title;

	public ReportText(Locale locale) {
		this(locale, null);
	}

	/**
	 * @param title the report's title in this language, {@code null} for the bundle's
	 */
	public ReportText(Locale locale, String title) {
		this.locale = locale;
		this.title = title;
		// Without the no-fallback control, a machine whose default locale is French would
		// get French for an English report.
		this.bundle = ResourceBundle.getBundle("messages/report", locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public Locale locale() {
		return this.locale;
	}

	public String get(String key, Object... args) {
		if (key.equals("title") && this.title != null) {
			return this.title;
		}
		String pattern = this.bundle.getString(key);
		return (args.length == 0) ? pattern : new MessageFormat(pattern.replace("'", "''"), this.locale).format(args);
	}

	/**
	 * A word from the data that the bundle translates (a region, a language), else the
	 * word as given.
	 */
	public String term(String family, String value) {
		if (value == null) {
			return "–";
		}
		String key = family + "." + value;
		return this.bundle.containsKey(key) ? this.bundle.getString(key) : value;
	}

	/** A snapshot's warning in this language. */
	public String warning(Warning warning) {
		return plainSpaces(warning.text(this.locale));
	}

	public String armed(Boolean armed) {
		return (armed != null) ? get("armed." + armed) : "–";
	}

	/** "Fill rates for March 2018", or the configured title with the month. */
	public String subjectLead(YearMonth period) {
		return (this.title != null) ? this.title + " — " + month(period) : get("mail.subject.lead", month(period));
	}

	/** Whether the report speaks French, and so uses French names where known. */
	public boolean french() {
		return this.locale.getLanguage().equals("fr");
	}

	public String month(YearMonth period) {
		return DateTimeFormatter.ofPattern("MMMM yyyy", this.locale).format(period);
	}

	/** A moment as readers expect it in a report: minutes, in UTC, said so. */
	public String timestamp(Instant instant) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", this.locale)
			.withZone(ZoneOffset.UTC)
			.format(instant);
	}

	public String count(Integer value) {
		return (value != null) ? plainSpaces(NumberFormat.getIntegerInstance(this.locale).format(value)) : "–";
	}

	/**
	 * A total of the headline or of a region: unknown when no cap unit was counted (no
	 * deployed counts at all), since a total of nothing would read as "0 authorized".
	 */
	public String total(Totals totals, ToIntFunction<Totals> figure) {
		return count(counted(totals, figure));
	}

	/** How a headline total moved since the baseline: "+20 since March 2018". */
	public String totalChange(Totals now, Totals before, ToIntFunction<Totals> figure, String since) {
		if (since == null || before == null) {
			return get("headline.noChange");
		}
		Integer from = counted(before, figure);
		Integer to = counted(now, figure);
		return get("headline.change.officers",
				(from != null && to != null) ? signed(BigDecimal.valueOf(to - from)) : "–", since);
	}

	private static Integer counted(Totals totals, ToIntFunction<Totals> figure) {
		return (totals.included() > 0) ? figure.applyAsInt(totals) : null;
	}

	/**
	 * French formats put narrow no-break spaces in numbers ("1 234", "44,4 %"); plain
	 * spaces keep the text searchable and copyable, and cells that hold numbers do not
	 * wrap.
	 */
	private static String plainSpaces(String text) {
		return text.replace('\u00A0', ' ').replace('\u202F', ' ');
	}

	/** A signed count: {@code +3}, {@code −2}, {@code 0}. */
	public String signed(BigDecimal value) {
		if (value == null) {
			return "–";
		}
		String digits = plainSpaces(NumberFormat.getIntegerInstance(this.locale).format(value.abs()));
		return (value.signum() > 0) ? "+" + digits : (value.signum() < 0) ? "−" + digits : digits;
	}

	/** A fraction as a percentage with one decimal: {@code 44.4%}. */
	public String percent(BigDecimal fraction) {
		if (fraction == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getPercentInstance(this.locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return plainSpaces(format.format(fraction));
	}

	/** A move in percentage points with one decimal: {@code +2.5 pts}. */
	public String pts(BigDecimal points) {
		if (points == null) {
			return "–";
		}
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		format.setRoundingMode(RoundingMode.HALF_UP);
		BigDecimal rounded = points.setScale(1, RoundingMode.HALF_UP);
		String sign = (rounded.signum() > 0) ? "+" : (rounded.signum() < 0) ? "−" : "";
		return sign + plainSpaces(format.format(rounded.abs())) + " " + this.bundle.getString("unit.pts");
	}

	/**
	 * The line under the title: the snapshot's date when it gave caps and counts alike,
	 * or each one's date and kind of source when they came apart.
	 */
	public String asOf(Report report) {
		SnapshotInfo input = report.snapshot();
		if (input.countsFromCaps()) {
			return get("subtitle.asOf", input.asOf());
		}
		return input.countsDate()
			.map((counts) -> get("subtitle.capsAndCounts", input.asOf(), get("source.caps"), counts,
					get("source." + input.countsSource())))
			.orElseGet(
					() -> get("subtitle.noCounts", input.asOf(), get("source.caps"), report.period().atEndOfMonth()));
	}

	/** Which report this one is compared with, or that it is the first. */
	public String baseline(Comparison comparison) {
		return comparison.hasBaseline()
				? get("subtitle.baseline", month(comparison.baselinePeriod()), comparison.baselineAsOf())
				: get("subtitle.firstRun");
	}

	/**
	 * Every change since the baseline as a sentence, biggest first; or why there are
	 * none.
	 */
	public List<String> changeSentences(Report report) {
		Comparison comparison = report.comparison();
		if (!comparison.hasBaseline()) {
			return List.of(get("change.firstRun"));
		}
		if (comparison.changes().isEmpty()) {
			return List.of(get("change.none", month(comparison.baselinePeriod())));
		}
		return comparison.changes()
			.stream()
			.map((change) -> sentence(report.localized(change, french()), comparison.baselinePeriod()))
			.toList();
	}

	/** What needs attention, as a sentence. */
	public String attention(Attention item, ReportOptions options) {
		return switch (item.kind()) {
			case SAME_SNAPSHOT -> get("attention.sameSnapshot");
			case OLD_SNAPSHOT -> get("attention.oldSnapshot", item.value().intValue());
			case NO_COUNTS -> get("attention.noCounts");
			case PAGE_NOT_USED -> get("attention.pageNotUsed", item.subject());
			case OLD_COUNTS -> get("attention.oldCounts", item.value().intValue(), item.subject());
			case OVER_CAP -> get("attention.overCap", item.subject(), percent(item.value()));
			case BELOW_THRESHOLD -> get("attention.belowThreshold", item.subject(), percent(item.value()),
					percent(options.fillThreshold()));
			case UNKNOWN_FIGURES -> get("attention.unknown", item.subject());
		};
	}

	/**
	 * The headline in words: "68 officers deployed against 145 authorized, ...: +20
	 * officers, +5.6 points since ...".
	 */
	public String headline(Report report) {
		var now = report.rates().total();
		if (now.included() == 0 && report.snapshot().countsDate().isEmpty()) {
			// "0 officers deployed against 0 authorized" would read as a fact.
			return get("headline.words.noCounts");
		}
		var before = report.previousTotal();
		if (before.isEmpty()) {
			return get("headline.words.firstRun", count(now.deployed()), count(now.authorized()),
					percent(now.fillRate()));
		}
		BigDecimal pts = report.totalFillRateChangePts().orElse(null);
		return get("headline.words", count(now.deployed()), count(now.authorized()), percent(now.fillRate()),
				signed(BigDecimal.valueOf(now.deployed() - before.get().deployed())), signedPoints(pts),
				month(report.comparison().baselinePeriod()));
	}

	/**
	 * The heading of the section on women deployed: the roster's, or the counts table's;
	 * empty when the period's counts say nothing of women.
	 */
	public Optional<String> womenHeading(Report report) {
		if (report.roster() != null) {
			return Optional.of(get("section.roster"));
		}
		return WomenDeployed.missions(report).isEmpty() ? Optional.empty() : Optional.of(get("section.women"));
	}

	/**
	 * The section's first sentence: the roster's officers and women, or the women among
	 * the officers of the missions whose counts give them.
	 */
	public String womenSummary(Report report) {
		RosterCounts roster = report.roster();
		if (roster != null) {
			return get("roster.summary", count(roster.officers()),
					report.snapshot().countsDate().orElse(report.snapshot().asOf()), count(roster.women()),
					percent(Figures.rate(roster.women(), roster.officers())));
		}
		List<Map.Entry<Mission, WomenDeployed>> missions = WomenDeployed.missions(report);
		int officers = missions.stream().mapToInt((mission) -> mission.getValue().officers()).sum();
		int women = missions.stream().mapToInt((mission) -> mission.getValue().women()).sum();
		return get("women.summary", count(women), count(officers), percent(Figures.rate(women, officers)));
	}

	private String signedPoints(BigDecimal points) {
		if (points == null) {
			return "–";
		}
		String text = pts(points);
		return text.substring(0, text.lastIndexOf(' '));
	}

	/** One change as a sentence a manager reads. */
	public String sentence(Change change, YearMonth baseline) {
		String name = change.pool() ? get("change.pool", change.subjectName()) : change.subjectName();
		String id = change.subjectId();
		return switch (change.kind()) {
			case SNAPSHOT_UNCHANGED -> get("change.snapshotUnchanged", month(baseline));
			case NEW_MISSION -> (change.after() != null) ? get("change.newMission.deployed", name, id,
					count(change.after().intValue()), change.after().intValue()) : get("change.newMission", name, id);
			case ENDED_MISSION ->
				(change.before() != null) ? get("change.endedMission", name, id, count(change.before().intValue()),
						change.before().intValue()) : get("change.endedMission.noFigure", name, id);
			case CAP_CHANGED -> get("change.cap", name, intOf(change.before()), intOf(change.after()));
			case DEPLOYED_CHANGED -> deployedSentence(change, name, baseline);
			case FILL_RATE_MOVED -> rateSentence(change, name);
		};
	}

	private String deployedSentence(Change change, String name, YearMonth baseline) {
		if (change.after() == null) {
			return get("change.deployed.gone", name, intOf(change.before()));
		}
		if (change.before() == null) {
			return get("change.deployed.new", name, intOf(change.after()));
		}
		return get("change.deployed", name, intOf(change.after()), signed(change.delta()), month(baseline),
				intOf(change.before()), change.after().intValue());
	}

	private String rateSentence(Change change, String name) {
		if (change.after() == null) {
			return get("change.fillRate.gone", name, percent(change.before()));
		}
		if (change.before() == null) {
			return get("change.fillRate.new", name, percent(change.after()));
		}
		return get("change.fillRate", name, percent(change.after()), pts(change.delta()), percent(change.before()));
	}

	private String intOf(BigDecimal value) {
		return (value != null) ? count(value.intValue()) : "–";
	}

}
