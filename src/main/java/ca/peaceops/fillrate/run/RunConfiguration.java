package ca.peaceops.fillrate.run;

import java.time.Clock;
import java.util.Optional;

import ca.peaceops.fillrate.delivery.FailureNotice;
import ca.peaceops.fillrate.fetch.PageFetcher;
import ca.peaceops.fillrate.fetch.PageWatch;
import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.history.PageRecords;
import ca.peaceops.fillrate.history.UndeliveredReports;
import ca.peaceops.fillrate.job.AppVersion;
import ca.peaceops.fillrate.job.FillRateProperties;
import ca.peaceops.fillrate.job.SnapshotSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scheduler, wired to run each due month as a monthly run. */
@Configuration(proxyBeanMethods = false)
class RunConfiguration {

	/**
	 * The one place a run's outcome is told: on the standard error the command line
	 * handed over (the process's own when there is none, as in step tests), and to the
	 * operations addresses.
	 */
	@Bean
	OutcomeReporter outcomeReporter(ObjectProvider<StandardError> standardError, FailureNotice notice) {
		return new OutcomeReporter(standardError.getIfAvailable(() -> new StandardError(System.err)).stream(),
				notice::send);
	}

	@Bean
	PageRefresh pageRefresh(FillRateProperties properties, PageRecords records, Clock clock, FailureNotice notice) {
		PageWatch watch = new PageWatch(new PageFetcher(properties.source().timeout(), AppVersion.current()), records,
				properties.input(), clock);
		return new PageRefresh(watch, properties.source(), notice);
	}

	@Bean
	ReportScheduler reportScheduler(FillRateProperties properties, Clock clock, PeriodRunner runner,
			HistoryRepository history, SnapshotSource snapshots, FailureNotice notice, PageRefresh pages,
			UndeliveredReports undelivered) {
		Clock zoned = clock.withZone(properties.zone());
		return new ReportScheduler(properties.scheduleCron(), zoned, ReportScheduler.sleeping(zoned),
				history::latestPeriod, (from) -> {
					// Each firing fetches the page first: a changed page is new caps.
					pages.refresh();
					return snapshots.inputDates(from);
				}, notice::warn, undelivered::periods,
				// A delivery owed since it failed goes to the recipients it had then.
				(period) -> runner.run(undelivered.recipients(period)
					.map((recipients) -> PeriodRequest.owedDelivery(period, Optional.of(recipients)))
					.orElse(PeriodRequest.monthly(period))));
	}

}
