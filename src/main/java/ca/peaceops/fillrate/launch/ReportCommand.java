package ca.peaceops.fillrate.launch;

import ca.peaceops.fillrate.run.Backfill;
import ca.peaceops.fillrate.run.PageRefresh;
import ca.peaceops.fillrate.run.PeriodRunner;
import ca.peaceops.fillrate.run.ReportScheduler;
import ca.peaceops.fillrate.run.RunOutcome;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command line: runs what the launch request asks for, one period, a range, or the
 * schedule. The request was read and checked before this context opened the database
 * ({@link LaunchChecks}).
 */
@Component
// Off only in step tests, which drive the job's steps themselves.
@ConditionalOnProperty(name = "fillrate.command.enabled", matchIfMissing = true)
class ReportCommand implements ApplicationRunner, ExitCodeGenerator {

	private final LaunchRequest request;

	private final PeriodRunner runner;

	private final Backfill backfill;

	private final ReportScheduler scheduler;

	private RunOutcome outcome = RunOutcome.PUBLISHED;

	private final PageRefresh pages;

	ReportCommand(LaunchRequest request, PeriodRunner runner, Backfill backfill, ReportScheduler scheduler,
			PageRefresh pages) {
		this.pages = pages;
		this.request = request;
		this.runner = runner;
		this.backfill = backfill;
		this.scheduler = scheduler;
	}

	@Override
	public void run(ApplicationArguments args) {
		RunOptions options = this.request.options();
		if (options.schedule()) {
			this.outcome = this.scheduler.runForever();
		}
		else if (options.due()) {
			this.outcome = this.scheduler.runDue();
		}
		else if (options.range()) {
			this.pages.refresh();
			this.outcome = this.backfill.run(options.toRange());
		}
		else {
			this.pages.refresh();
			this.outcome = this.runner.run(options.toPeriod(), this.request.input());
		}
	}

	@Override
	public int getExitCode() {
		return this.outcome.exitCode();
	}

}
