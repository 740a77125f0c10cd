package ca.peaceops.fillrate.job;

import java.time.Clock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The command line: reads the options and runs one period, or keeps running on the
 * schedule.
 */
@Component
// Off only in step tests, which drive the job's steps themselves.
@ConditionalOnProperty(name = "fillrate.command.enabled", matchIfMissing = true)
class ReportCommand implements ApplicationRunner, ExitCodeGenerator {

	private final PeriodRunner runner;

	private final Backfill backfill;

	private final ReportScheduler scheduler;

	private final FillRateProperties properties;

	private final Environment environment;

	private final Clock clock;

	private RunOutcome outcome = RunOutcome.PUBLISHED;

	ReportCommand(PeriodRunner runner, Backfill backfill, ReportScheduler scheduler, FillRateProperties properties,
			Environment environment, Clock clock) {
		this.runner = runner;
		this.backfill = backfill;
		this.scheduler = scheduler;
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		RunOptions options;
		try {
			options = RunOptions.parse(args, this.environment, this.clock, this.properties.zone());
		}
		catch (IllegalArgumentException ex) {
			System.err.println("error: " + ex.getMessage());
			this.outcome = RunOutcome.BAD_INPUT;
			return;
		}
		if (options.schedule()) {
			this.outcome = this.scheduler.runForever();
		}
		else {
			this.outcome = options.range() ? this.backfill.run(options) : this.runner.run(options);
		}
	}

	@Override
	public int getExitCode() {
		return this.outcome.exitCode();
	}

}
