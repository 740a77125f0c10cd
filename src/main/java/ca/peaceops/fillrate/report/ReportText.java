package ca.peaceops.fillrate.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import ca.peaceops.fillrate.rates.Change;

/**
 * The words and number formats of one language, from the {@code messages/report} bundle,
 * so that every renderer says the same thing the same way.
 */
public final class ReportText {

	private final Locale locale;

	private final ResourceBundle bundle;

	public ReportText(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle("messages/report", locale);
	}

	public Locale locale() {
		return this.locale;
	}

	public String get(String key, Object... args) {
		String pattern = this.bundle.getString(key);
		return (args.length == 0) ? pattern : new MessageFormat(pattern, this.locale).format(args);
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
		return (value != null) ? NumberFormat.getIntegerInstance(this.locale).format(value) : "–";
	}

	/** A signed count: {@code +3}, {@code −2}, {@code 0}. */
	public String signed(BigDecimal value) {
		if (value == null) {
			return "–";
		}
		String digits = NumberFormat.getIntegerInstance(this.locale).format(value.abs());
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
		return format.format(fraction);
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
		return sign + format.format(rounded.abs()) + " " + this.bundle.getString("unit.pts");
	}

	/** One change as a sentence a manager reads. */
	public String sentence(Change change, YearMonth baseline) {
		String name = change.pool() ? get("change.pool", change.subjectName()) : change.subjectName();
		String id = change.subjectId();
		return switch (change.kind()) {
			case SNAPSHOT_UNCHANGED -> get("change.snapshotUnchanged", month(baseline));
			case NEW_MISSION ->
				(change.after() != null) ? get("change.newMission.deployed", name, id, count(change.after().intValue()))
						: get("change.newMission", name, id);
			case ENDED_MISSION ->
				(change.before() != null) ? get("change.endedMission", name, id, count(change.before().intValue()))
						: get("change.endedMission.noFigure", name, id);
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
				intOf(change.before()));
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
