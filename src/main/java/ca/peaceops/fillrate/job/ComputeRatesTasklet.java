package ca.peaceops.fillrate.job;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.rates.Baseline;
import ca.peaceops.fillrate.rates.ChangeDetector;
import ca.peaceops.fillrate.rates.PeriodTotal;
import ca.peaceops.fillrate.rates.RateCalculator;
import ca.peaceops.fillrate.rates.RateSheet;
import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.SnapshotInfo;
import ca.peaceops.fillrate.snapshot.PageProblem;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Fill rates, and changes against the latest published period before this one, read from
 * the history (never the period itself, so that a rerun is not compared with its own
 * first edition).
 */
@Component
class ComputeRatesTasklet implements Tasklet {

	/** The trend chart shows up to three years of reports. */
	private static final int TREND_PERIODS = 36;

	private final WorkArea work;

	private final HistoryRepository history;

	private final Clock clock;

	ComputeRatesTasklet(WorkArea work, HistoryRepository history, Clock clock) {
		this.work = work;
		this.history = history;
		this.clock = clock;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobRun run = JobRun.of(contribution);
		JobParameters parameters = contribution.getStepExecution().getJobParameters();
		WorkArea.StagedSnapshot staged = this.work.snapshot(run.period());
		RateSheet rates = RateCalculator.compute(staged.snapshot());
		Baseline baseline = this.history.baselineBefore(run.period()).orElse(null);
		SnapshotInfo info = new SnapshotInfo(staged.file(), staged.sha256(), staged.snapshot().asOf(),
				staged.snapshot().source(), staged.snapshot().warnings(), staged.countsFile(), staged.countsAsOf(),
				(staged.countsSource() != null) ? staged.countsSource() : SnapshotInfo.NO_COUNTS, staged.countsSha256(),
				Optional.ofNullable(parameters.getString(JobRun.PAGE_CONFIRMED)).map(Instant::parse).orElse(null),
				Optional.ofNullable(parameters.getString(JobRun.PAGE_PROBLEM))
					.map(PageProblem::fromParameter)
					.orElse(null));
		List<PeriodTotal> trend = new ArrayList<>(this.history.totalsBefore(run.period(), TREND_PERIODS - 1));
		trend.add(new PeriodTotal(run.period(), rates.total()));
		this.work.saveReport(new Report(run.period(), (int) run.edition(), info, rates, baseline,
				ChangeDetector.compare(rates, info.fingerprint(), baseline), trend, staged.roster(), staged.women(),
				this.clock.instant(), AppVersion.current()));
		return RepeatStatus.FINISHED;
	}

}
