package ca.peaceops.fillrate.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import ca.peaceops.fillrate.rates.MissionRate;
import ca.peaceops.fillrate.rates.PoolRate;
import ca.peaceops.fillrate.rates.RateStatus;

/**
 * What a manager must look at: stale data, caps exceeded, caps far from filled, figures
 * missing. A shared cap is judged once, on its pool.
 *
 * @param subject the mission or pool named, empty for the snapshot itself
 * @param value the fill rate, or the snapshot's age in days
 */
public record Attention(Kind kind, String subject, BigDecimal value) {

	public enum Kind {

		PAGE_NOT_USED, SAME_SNAPSHOT, NO_COUNTS, OLD_COUNTS, OLD_SNAPSHOT, OVER_CAP, BELOW_THRESHOLD, UNKNOWN_FIGURES

	}

	/**
	 * @param french whether missions and pools are named in French where known
	 */
	public static List<Attention> of(Report report, ReportOptions options, boolean french) {
		List<Attention> items = new ArrayList<>();
		if (report.snapshot().pageProblem() != null) {
			items.add(new Attention(Kind.PAGE_NOT_USED,
					report.snapshot().pageProblem().text(french ? Locale.FRENCH : Locale.ENGLISH), null));
		}
		if (report.comparison().sameSnapshot()) {
			items.add(new Attention(Kind.SAME_SNAPSHOT, "", null));
		}
		SnapshotInfo input = report.snapshot();
		if (input.countsFromCaps()) {
			long age = ChronoUnit.DAYS.between(input.asOf(), report.period().atEndOfMonth());
			if (age > options.staleAfterDays()) {
				items.add(new Attention(Kind.OLD_SNAPSHOT, "", BigDecimal.valueOf(age)));
			}
		}
		else if (input.countsDate().isEmpty()) {
			items.add(new Attention(Kind.NO_COUNTS, "", null));
		}
		else {
			// Caps stay in force until they change; counts from before the month are
			// never carried silently, and go stale.
			LocalDate counts = input.countsDate().get();
			long age = ChronoUnit.DAYS.between(counts, report.period().atEndOfMonth());
			if (counts.isBefore(report.period().atDay(1)) || age > options.staleAfterDays()) {
				items.add(new Attention(Kind.OLD_COUNTS, counts.toString(), BigDecimal.valueOf(age)));
			}
		}
		List<Attention> rates = new ArrayList<>();
		for (MissionRate rate : report.rates().missions()) {
			if (!rate.shared()) {
				judge(rate.mission().name(french), rate.status(), rate.fillRate(), options, rates);
			}
		}
		for (PoolRate pool : report.rates().pools()) {
			judge(pool.name(french), pool.figures().status(), pool.fillRate(), options, rates);
		}
		rates.sort(Comparator.comparing(Attention::kind)
			.thenComparing((item) -> (item.value() != null) ? item.value() : BigDecimal.ZERO));
		items.addAll(rates);
		return items;
	}

	private static void judge(String name, RateStatus status, BigDecimal rate, ReportOptions options,
			List<Attention> items) {
		if (status == RateStatus.OVER_CAP) {
			items.add(new Attention(Kind.OVER_CAP, name, rate));
		}
		else if (status == RateStatus.UNKNOWN) {
			items.add(new Attention(Kind.UNKNOWN_FIGURES, name, null));
		}
		else if (rate != null && rate.compareTo(options.fillThreshold()) < 0) {
			items.add(new Attention(Kind.BELOW_THRESHOLD, name, rate));
		}
	}

}
