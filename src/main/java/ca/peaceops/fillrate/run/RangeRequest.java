package ca.peaceops.fillrate.run;

import java.time.YearMonth;

/**
 * A backfill: every period from {@code from} to {@code to}, oldest first, in one launch.
 *
 * @param rebuildHistory run again only what was published, to rebuild a lost history
 */
public record RangeRequest(YearMonth from, YearMonth to, boolean rerun, boolean rebuildHistory) {

	@Override
	public String toString() {
		return this.from + " to " + this.to;
	}

}
