package ca.peaceops.fillrate.job;

import java.nio.file.Path;
import java.time.ZoneId;

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
 */
@ConfigurationProperties("fillrate")
public record FillRateProperties(@DefaultValue("input") Path input, @DefaultValue("reports") Path reports,
		@DefaultValue("America/Toronto") ZoneId zone, @DefaultValue("rfc4180") String csvDialect,
		@DefaultValue("10485760") long maxSnapshotBytes) {

	public Path snapshots() {
		return this.input.resolve("snapshots");
	}

	public Path regions() {
		return this.input.resolve("regions.csv");
	}

}
