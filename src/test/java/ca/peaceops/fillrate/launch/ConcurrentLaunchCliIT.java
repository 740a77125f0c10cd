package ca.peaceops.fillrate.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten processes launch the same period on one database: one publishes, nine refuse
 * cleanly.
 */
@Tag("system")
class ConcurrentLaunchCliIT {

	@TempDir
	Path workspace;

	@Test
	void tenLaunchesOfOnePeriodPublishOnce() throws Exception {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);
		assertThat(PackagedCli.run(cli, "--period=2018-01").exitCode()).isZero();

		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<Future<ReportCli.Result>> launches = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			launches.add(pool.submit(() -> PackagedCli.run(cli, "--period=2018-03")));
		}
		List<ReportCli.Result> results = new ArrayList<>();
		for (Future<ReportCli.Result> launch : launches) {
			results.add(launch.get());
		}
		pool.shutdown();

		assertThat(results).filteredOn((result) -> result.exitCode() == 0).hasSize(1);
		assertThat(results).filteredOn((result) -> result.exitCode() != 0).hasSize(9).allSatisfy((refusal) -> {
			assertThat(refusal.exitCode()).as(refusal.stderr()).isEqualTo(3);
			assertThat(refusal.stderr().strip()).matches("already (running|done): .*");
			assertThat(refusal.stdout()).as("the log of a refused launch holds no stack trace").doesNotContain("\tat ");
		});
		assertThat(cli.count("select count(*) from report_run where period = '2018-03'")).isEqualTo(1);
		assertThat(cli.count("select count(*) from batch_job_execution e join batch_job_execution_params p"
				+ " on p.job_execution_id = e.job_execution_id where p.parameter_name = 'period'"
				+ " and p.parameter_value = '2018-03'"))
			.isEqualTo(1);
		assertThat(ReportOutputs.csv(cli.reports().resolve("2018-03/missions-2018-03.csv"))).isNotEmpty();
	}

}
