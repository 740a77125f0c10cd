package ca.peaceops.fillrate.job;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import ca.peaceops.fillrate.report.ReportOptions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the job reads and writes, and how. The short command-line options
 * ({@code --input}, {@code --reports}, {@code --csv-dialect}) feed these through
 * {@code application.yml}.
 *
 * @param input snapshots and reference tables
 * @param reports where reports are published
 * @param zone the time zone that decides which month is "the previous month"
 * @param csvDialect {@code rfc4180} or {@code excel-fr}
 * @param maxSnapshotBytes a larger snapshot file is refused as a mistake
 * @param report what the PDF flags and how it is laid out
 * @param staleRunAfter a run started on another host and silent this long is taken as
 * dead
 * @param scheduleCron when {@code --schedule} looks for due months, in {@code zone}
 * @param source the page the job fetches itself, if any
 */
@ConfigurationProperties("fillrate")
public record FillRateProperties(@DefaultValue("input") Path input, @DefaultValue("reports") Path reports,
		@DefaultValue("America/Toronto") ZoneId zone, @DefaultValue("rfc4180") String csvDialect,
		@DefaultValue("10485760") long maxSnapshotBytes, @DefaultValue Report report,
		@DefaultValue("60m") Duration staleRunAfter, @DefaultValue("0 0 6 * * *") String scheduleCron,
		@DefaultValue Source source) {

	/**
	 * @param pageUrl the English "Current operations" page, fetched before each run;
	 * empty for none
	 * @param pageUrlFr the French page of the same date
	 * @param timeout how long a connection, and then an answer, may take (the whole page:
	 * twice this)
	 */
	public record Source(String pageUrl, String pageUrlFr, @DefaultValue("30s") Duration timeout) {

		public boolean watched() {
			return this.pageUrl != null && !this.pageUrl.isBlank();
		}

	}

	/**
	 * @param fillThreshold a fill rate below this fraction is flagged
	 * @param staleAfterDays a snapshot older than the period's end by more days is
	 * flagged
	 * @param pageSize {@code letter} or {@code a4}
	 * @param title the English title, in the PDF, its metadata and footers and the email
	 * subject; empty for the default
	 * @param titleFr the French title
	 */
	public record Report(@DefaultValue("0.50") BigDecimal fillThreshold, @DefaultValue("45") int staleAfterDays,
			@DefaultValue("letter") String pageSize, String title, String titleFr) {

	}

	public ReportOptions reportOptions() {
		return new ReportOptions(this.report.fillThreshold(), this.report.staleAfterDays(), this.report.pageSize(),
				this.report.title(), this.report.titleFr());
	}

	public Path snapshots() {
		return this.input.resolve("snapshots");
	}

	public Path counts() {
		return this.input.resolve("counts");
	}

	public Path rosters() {
		return this.input.resolve("rosters");
	}

	public Path regions() {
		return this.input.resolve("regions.csv");
	}

}
