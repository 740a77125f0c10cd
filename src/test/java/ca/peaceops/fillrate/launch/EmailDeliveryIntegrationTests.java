package ca.peaceops.fillrate.launch;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery by email, received by a real SMTP server (GreenMail) as the managers' mail
 * server would.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmailDeliveryIntegrationTests {

	private static final String MANAGER = "manager@example.org";

	private static final String ANALYST = "analyst@example.org";

	@RegisterExtension
	static GreenMailExtension smtp = TestSmtp.server();

	@TempDir
	static Path shared;

	/**
	 * March published and sent to both recipients: copied by the tests that go on from
	 * there.
	 */
	private static ReportCli march;

	@BeforeAll
	static void publishMarch() {
		march = ReportCli.withSampleInput(shared);
		ReportCli.Result result = march.run(run("2018-03"));
		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

	@BeforeEach
	void emptyTheMailboxes() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@TempDir
	Path workspace;

	private static String[] mail(int port, String... more) {
		List<String> args = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
				"--mail.to=" + MANAGER + "," + ANALYST));
		args.addAll(Arrays.asList(more));
		return args.toArray(String[]::new);
	}

	private static String[] run(String period, String... more) {
		List<String> args = new ArrayList<>(List.of("--period=" + period));
		args.addAll(Arrays.asList(mail(smtp.getSmtp().getPort(), more)));
		return args.toArray(String[]::new);
	}

	@Test
	void eachRecipientGetsOneMessagePerPeriodWithBothPdfsAttached() throws Exception {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);

		assertThat(cli.run(run("2018-01")).exitCode()).isZero();
		assertThat(cli.run(run("2018-03")).exitCode()).isZero();

		for (String recipient : List.of(MANAGER, ANALYST)) {
			List<MimeMessage> messages = TestSmtp.to(smtp, recipient);
			assertThat(messages).hasSize(2);
			assertThat(messages.get(0).getSubject()).startsWith("Fill rates for January 2018: 34.1% (first report)");
			MimeMessage march = messages.get(1);
			assertThat(march.getSubject()).startsWith("Fill rates for March 2018: 46.9% (+12.8 pts)")
				.contains("Taux de dotation, mars 2018 : 46,9 % (+12,8 points)");
			assertThat(attachments(march)).containsExactly("fill-rate-report-2018-03.pdf",
					"fill-rate-report-2018-03.fr.pdf", "fill-rate-report-2018-03.html",
					"fill-rate-report-2018-03.fr.html");
			assertThat(pdfText(march, "fill-rate-report-2018-03.pdf")).contains("March 2018", "46.9%");
			String text = body(march, "text/plain");
			assertThat(text).contains(
					"68 officers deployed against 145 authorized, a fill rate of 46.9%: +22 officers, +12.8 points since January 2018.",
					"The full report is attached, in English and in French.",
					"Le rapport complet est joint, en anglais et en français.");
			String html = body(march, "text/html");
			assertThat(html).contains("<h2>Fill rates of Canadian police deployments — March 2018</h2>");
			org.jsoup.nodes.Document part = org.jsoup.Jsoup.parse(html);
			assertThat(part.selectFirst("html").attr("lang")).isEqualTo("en");
			assertThat(part.title()).startsWith("Fill rates for March 2018");
			assertThat(part.select("div[lang=fr]").text()).contains("Taux de dotation");
			assertThat(part.select("div[lang=en] table th[scope=col]").eachText()).contains("Authorized", "Fill rate");
		}
	}

	@Test
	void resendingAPeriodWhoseFilesAreGoneSaysSoPlainly() throws Exception {
		ReportCli cli = march.copy(this.workspace.resolve("copy"));
		ReportCli.copyTree(cli.reports().resolve("2018-03"), this.workspace.resolve("moved"));
		try (var files = java.nio.file.Files.walk(cli.reports().resolve("2018-03"))) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}

		ReportCli.Result resend = cli.run(run("2018-03", "--resend"));

		assertThat(resend.exitCode()).isEqualTo(1);
		assertThat(resend.stderr()).startsWith("failed: --resend: the published files of 2018-03 are not all in ")
			.doesNotContain("Exception");
	}

	/**
	 * The rules (each address once, the size budget, the link base) are
	 * {@code MailDeliveryTests}'; here the options reach them from the command line.
	 */
	@Test
	void theMailOptionsOfTheCommandLineReachTheMessages() throws Exception {
		ReportCli cli = march.copy(this.workspace);

		ReportCli.Result resend = cli.run("--period=2018-03", "--resend", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.getSmtp().getPort(),
				"--mail.to=" + MANAGER + "," + MANAGER.toUpperCase(java.util.Locale.ROOT),
				"--mail.max-attachment-bytes=1000", "--mail.link-base=https://intranet.example.org/reports");

		assertThat(resend.exitCode()).as(resend.stderr()).isZero();
		assertThat(smtp.getReceivedMessages()).as("one message for an address named twice").hasSize(1);
		MimeMessage message = TestSmtp.to(smtp, MANAGER).get(0);
		assertThat(attachments(message)).isEmpty();
		assertThat(body(message, "text/plain")).contains("The files are too large to attach",
				"https://intranet.example.org/reports/2018-03/fill-rate-report-2018-03.pdf");
	}

	@Test
	void aRerunSendsNothingUnlessAskedToResend() throws Exception {
		ReportCli cli = march.copy(this.workspace);

		assertThat(cli.run(run("2018-03", "--rerun")).exitCode()).isZero();
		assertThat(smtp.getReceivedMessages()).as("a rerun without --resend").isEmpty();

		assertThat(cli.run(run("2018-03", "--resend")).exitCode()).isZero();
		assertThat(TestSmtp.to(smtp, MANAGER)).hasSize(1);
		assertThat(TestSmtp.to(smtp, ANALYST)).hasSize(1);
	}

	@Test
	void whenTheMailServerIsDownTheReportIsPublishedAndTheNextLaunchSendsItOnce(CapturedOutput output)
			throws Exception {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);
		int nothingListening = TestSmtp.freePort();

		ReportCli.Result down = cli.run(mail(nothingListening, "--period=2018-03", "--spring.mail.username=reports",
				"--spring.mail.password=s3cret-pw"));

		assertThat(down.exitCode()).isEqualTo(4);
		assertThat(down.stderr()).startsWith("delivery failed: ")
			.contains("the mail server 127.0.0.1:" + nothingListening)
			.contains("the reports are published");
		assertThat(down.stderr().lines()).as("one line").hasSize(1);
		assertThat(cli.reports().resolve("2018-03/fill-rate-report-2018-03.pdf")).exists();
		assertThat(output.getAll() + down.stderr()).as("the password is never printed").doesNotContain("s3cret-pw");
		assertThat(output.getAll()).as("a server that is down is said, without a stack trace")
			.doesNotContain("ConnectException")
			.doesNotContain("\tat ");
		assertThat(smtp.getReceivedMessages()).isEmpty();

		ReportCli.Result back = cli.run(run("2018-03"));

		assertThat(back.exitCode()).as(back.stderr()).isZero();
		assertThat(TestSmtp.to(smtp, MANAGER)).hasSize(1);
		assertThat(TestSmtp.to(smtp, ANALYST)).hasSize(1);
		assertThat(cli.run(run("2018-03")).exitCode()).isEqualTo(3);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

	private static List<String> attachments(Part part) throws Exception {
		List<String> names = new ArrayList<>();
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				names.addAll(attachments(multipart.getBodyPart(i)));
			}
		}
		else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			names.add(part.getFileName());
		}
		return names;
	}

	private static String body(Part part, String type) throws Exception {
		if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = body(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String pdfText(Part part, String name) throws Exception {
		Multipart multipart = (Multipart) part.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart child = multipart.getBodyPart(i);
			if (name.equals(child.getFileName())) {
				try (InputStream in = child.getInputStream(); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
					return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
				}
			}
		}
		throw new AssertionError("no attachment " + name);
	}

	@Test
	void aDeliveryOwedBeforeARestartGoesToTheRecipientsItHadThenNotToTodaysMailTo() throws Exception {
		ReportCli cli = ReportCli.withSampleInput(this.workspace);
		int nothingListening = TestSmtp.freePort();
		String clock = "--fillrate.clock=2018-04-02T12:00:00Z";

		ReportCli.Result down = cli.run(mail(nothingListening, "--due", clock));
		assertThat(down.exitCode()).as(down.stderr()).isEqualTo(4);
		assertThat(cli.count("select count(*) from undelivered where period = '2018-03'")).isEqualTo(1);

		ReportCli.Result back = cli.run("--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.getSmtp().getPort(), "--mail.to=newcomer@example.org", "--due", clock);

		assertThat(back.exitCode()).as(back.stderr()).isZero();
		assertThat(TestSmtp.to(smtp, MANAGER)).hasSize(1);
		assertThat(TestSmtp.to(smtp, ANALYST)).hasSize(1);
		assertThat(TestSmtp.to(smtp, "newcomer@example.org")).as("not owed to today's --mail.to").isEmpty();
		assertThat(cli.count("select count(*) from undelivered")).isZero();
	}

}
