package ca.peaceops.fillrate.run;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What is asked of one period, the one record that crosses from the command line (or the
 * scheduler, or a backfill) into a run.
 *
 * @param period the month to report
 * @param rerun publish a period already published again, as its next edition
 * @param resend email the report even if it was sent before
 * @param restore write a published period's deleted files again, nothing else
 * @param rebuildHistory part of rebuilding a lost history: the history guard stands aside
 * @param deliver whether the report may be emailed at all (a backfill emails only its
 * newest period)
 * @param rangeEnd the last period of the backfill this period belongs to: the periods up
 * to it are run in the same launch, so they are not reported as out of date
 * @param recipients who a delivery owed since it failed goes to: the recipients it had
 * then (empty: {@code mail.to})
 */
public record PeriodRequest(YearMonth period, boolean rerun, boolean resend, boolean restore, boolean rebuildHistory,
		boolean deliver, Optional<YearMonth> rangeEnd, Optional<List<String>> recipients) {

	public PeriodRequest(YearMonth period, boolean rerun, boolean resend, boolean restore, boolean rebuildHistory,
			boolean deliver, Optional<YearMonth> rangeEnd) {
		this(period, rerun, resend, restore, rebuildHistory, deliver, rangeEnd, Optional.empty());
	}

	/** A delivery owed since it failed, to the recipients it had then. */
	public static PeriodRequest owedDelivery(YearMonth period, Optional<List<String>> recipients) {
		return new PeriodRequest(period, false, false, false, false, true, Optional.empty(), recipients);
	}

	/** A month as the scheduler runs it: publish it, and email it. */
	public static PeriodRequest monthly(YearMonth period) {
		return new PeriodRequest(period, false, false, false, false, true, Optional.empty());
	}

	/** One period of a backfill: only the newest is emailed. */
	static PeriodRequest ofRange(RangeRequest range, YearMonth period, boolean newest) {
		return new PeriodRequest(period, range.rerun(), false, false, range.rebuildHistory(), newest,
				Optional.of(range.to()));
	}

	/** Whether this asks only to email a published period again. */
	boolean resendOnly() {
		return this.resend && !this.rerun;
	}

}
