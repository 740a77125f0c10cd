package ca.peaceops.fillrate.job;

import java.time.Clock;

import ca.peaceops.fillrate.report.ReportPublisher;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The monthly job: select → read → compute → CSV → PDF → publish. */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

	static final String JOB_NAME = "fillRateReport";

	@Bean
	Job fillRateReportJob(JobRepository jobRepository, PlatformTransactionManager tm,
			SelectSnapshotTasklet selectSnapshot, ReadSnapshotTasklet readSnapshot, ComputeRatesTasklet computeRates,
			WriteCsvTasklet writeCsv, WritePdfTasklet writePdf, PublishTasklet publish) {
		return new JobBuilder(JOB_NAME, jobRepository).start(step("selectSnapshot", selectSnapshot, jobRepository, tm))
			.next(step("readSnapshot", readSnapshot, jobRepository, tm))
			.next(step("computeRates", computeRates, jobRepository, tm))
			.next(step("writeCsv", writeCsv, jobRepository, tm))
			.next(step("writePdf", writePdf, jobRepository, tm))
			.next(step("publish", publish, jobRepository, tm))
			.build();
	}

	@Bean
	ReportPublisher reportPublisher(FillRateProperties properties) {
		return new ReportPublisher(properties.reports());
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	private static Step step(String name, Tasklet tasklet, JobRepository jobRepository, PlatformTransactionManager tm) {
		return new StepBuilder(name, jobRepository).tasklet(tasklet, tm).build();
	}

}
