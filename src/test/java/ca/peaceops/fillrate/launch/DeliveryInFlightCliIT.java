package ca.peaceops.fillrate.launch;

import java.nio.file.Path;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar killed ({@code kill -9}, as {@code Runtime.halt}) while a message's
 * data is with the mail server and before its final {@code .}: the relaunch does not send
 * that message again by itself, sends every other recipient, and names the uncertain one
 * with the command that sends to it alone.
 */
class DeliveryInFlightCliIT {

	@RegisterExtension
	static final GreenMailExtension smtp = TestSmtp.server();

	@TempDir
	Path workspace;

	@Test
	void aMessageInFlightWhenTheRunWasKilledIsNotSentTwice() throws Exception {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);
		String[] mail = { "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
				"--mail.to=a@example.org,b@example.org", "--fillrate.clock=2018-04-01T06:00:00Z", "--period=2018-03" };

		ReportCli.Result killed = PackagedCli.run(cli, concat(mail, "--fillrate.crash-at=deliver:message-data-sent"));
		assertThat(killed.exitCode()).as("the process was killed").isEqualTo(137);

		ReportCli.Result relaunch = PackagedCli.run(cli, mail);

		assertThat(relaunch.exitCode()).as(relaunch.stderr()).isEqualTo(4);
		assertThat(relaunch.stderr())
			.startsWith("delivery failed: the report for 2018-03 may already have reached " + "a@example.org")
			.contains("--period=2018-03 --resend --mail.to=a@example.org")
			.hasLineCount(1);
		assertThat(TestSmtp.to(smtp, "b@example.org")).hasSize(1);
		assertThat(TestSmtp.to(smtp, "a@example.org")).as("never sent twice by itself").isEmpty();

		ReportCli.Result resend = PackagedCli.run(cli, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.getSmtp().getPort(), "--mail.to=a@example.org", "--period=2018-03",
				"--resend");
		assertThat(resend.exitCode()).as(resend.stderr()).isZero();
		assertThat(TestSmtp.to(smtp, "a@example.org")).hasSize(1);
	}

	private static String[] concat(String[] options, String more) {
		String[] all = java.util.Arrays.copyOf(options, options.length + 1);
		all[options.length] = more;
		return all;
	}

}
