package ca.peaceops.fillrate.job;

import java.util.List;
import java.util.Optional;

import ca.peaceops.fillrate.delivery.MailDelivery;
import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportPublisher;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Emails the published report to the recipients who do not have it yet. It comes after
 * the publication has committed, so a mail server that is down fails only this step: the
 * reports stay published, and the next launch restarts the job here, retrying only the
 * delivery.
 */
@Component
public class DeliverTasklet implements Tasklet {

	public static final String RESEND = "resend";

	public static final String DELIVER = "deliver";

	public static final String SENT = "delivery.sent";

	private final MailDelivery delivery;

	private final HistoryRepository history;

	private final WorkArea work;

	private final ReportPublisher publisher;

	private final FillRateProperties properties;

	private final Checkpoint checkpoint;

	DeliverTasklet(MailDelivery delivery, HistoryRepository history, WorkArea work, ReportPublisher publisher,
			FillRateProperties properties, ObjectProvider<Checkpoint> checkpoint) {
		this.checkpoint = checkpoint.getIfAvailable(() -> Checkpoint.NONE);
		this.delivery = delivery;
		this.history = history;
		this.work = work;
		this.publisher = publisher;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (!this.delivery.enabled() || "false"
			.equals(contribution.getStepExecution().getJobExecution().getJobParameters().getString(DELIVER))) {
			return RepeatStatus.FINISHED;
		}
		JobRun run = JobRun.of(contribution);
		Report report = this.work.parse(this.history.reportJson(run.period()).orElseThrow());
		boolean resend = "true"
			.equals(contribution.getStepExecution().getJobExecution().getJobParameters().getString(RESEND));
		// An owed delivery goes to the recipients it had when it failed.
		Optional<List<String>> recipients = Optional
			.ofNullable(contribution.getStepExecution().getJobParameters().getString(JobRun.RECIPIENTS))
			.map((list) -> List.of(list.split(",")));
		int sent = this.delivery.deliver(report, this.publisher.publishedDir(run.period()),
				this.properties.reportOptions(), resend, recipients, this.checkpoint::reached);
		contribution.getStepExecution().getJobExecution().getExecutionContext().putInt(SENT, sent);
		return RepeatStatus.FINISHED;
	}

}
