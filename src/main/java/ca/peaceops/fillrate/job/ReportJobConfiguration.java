package ca.peaceops.fillrate.job;

import ca.peaceops.fillrate.report.ReportPublisher;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.builder.TaskletStepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly job: select → read → compute → CSV → PDF → HTML → publish → deliver →
 * finish.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

	@Bean
	Job fillRateReportJob(JobRepository jobRepository, PlatformTransactionManager tm,
			SelectSnapshotTasklet selectSnapshot, ReadSnapshotTasklet readSnapshot, ComputeRatesTasklet computeRates,
			WriteCsvTasklet writeCsv, WritePdfTasklet writePdf, WriteHtmlTasklet writeHtml, PublishTasklet publish,
			DeliverTasklet deliver, FinishTasklet finish, ObjectProvider<CrashPoints> crashPoints) {
		StepFactory steps = new StepFactory(jobRepository, tm, crashPoints);
		return new JobBuilder(JobRun.JOB_NAME, jobRepository).start(steps.step("selectSnapshot", selectSnapshot))
			.next(steps.step("readSnapshot", readSnapshot))
			.next(steps.step("computeRates", computeRates))
			.next(steps.step("writeCsv", writeCsv))
			.next(steps.step("writePdf", writePdf))
			.next(steps.step("writeHtml", writeHtml))
			.next(steps.step("publish", publish))
			.next(steps.step("deliver", deliver))
			.next(steps.step("finish", finish))
			.build();
	}

	/**
	 * Every step is a tasklet in its own transaction; watched by the crash points when
	 * the restart tests ask for them.
	 */
	private record StepFactory(JobRepository jobRepository, PlatformTransactionManager tm,
			ObjectProvider<CrashPoints> crashPoints) {

		Step step(String name, Tasklet tasklet) {
			TaskletStepBuilder step = new StepBuilder(name, this.jobRepository).tasklet(tasklet, this.tm);
			this.crashPoints.ifAvailable(step::listener);
			return step.build();
		}

	}

	@Bean
	ReportPublisher reportPublisher(FillRateProperties properties) {
		return new ReportPublisher(properties.reports());
	}

}
