package ca.peaceops.fillrate.run;

import java.util.Optional;

import ca.peaceops.fillrate.delivery.FailureNotice;
import ca.peaceops.fillrate.fetch.PageCheck;
import ca.peaceops.fillrate.fetch.PageWatch;
import ca.peaceops.fillrate.job.FillRateProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Fetches the watched page before anything else of a run, a backfill or a scheduled
 * firing, and keeps what it said for the reports of that launch. A page that cannot be
 * used is told once to the log and to {@code mail.ops} ("action needed"), and again only
 * when the reason changes; the run goes on with the caps in force.
 */
public class PageRefresh {

	private static final Log logger = LogFactory.getLog(PageRefresh.class);

	private final PageWatch watch;

	private final FillRateProperties.Source source;

	private final FailureNotice notice;

	private PageCheck last = PageCheck.notWatched();

	private String told = "";

	PageRefresh(PageWatch watch, FillRateProperties.Source source, FailureNotice notice) {
		this.watch = watch;
		this.source = source;
		this.notice = notice;
	}

	/** Fetches the pages if a page is watched; nothing otherwise. */
	public PageCheck refresh() {
		if (!this.source.watched()) {
			return this.last;
		}
		this.last = this.watch.check(this.source.pageUrl(),
				Optional.ofNullable(this.source.pageUrlFr()).filter((url) -> !url.isBlank()));
		switch (this.last.status()) {
			case CHANGED -> logger.info("The page changed: its caps are in " + this.last.snapshot().orElseThrow());
			case UNCHANGED -> logger.info("The page is unchanged: the caps in force are confirmed");
			case FAILED -> {
				String line = "The page was not used: " + this.last.problem().orElseThrow()
						+ "; the run goes on with the caps in force";
				if (!line.equals(this.told)) {
					logger.warn(line);
					this.notice.warn(line);
					this.told = line;
				}
			}
			case NOT_WATCHED -> {
			}
		}
		return this.last;
	}

	/** What the last refresh said, for the job's parameters. */
	PageCheck last() {
		return this.last;
	}

}
