package ca.peaceops.fillrate.delivery;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportFiles;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.Reports;
import ca.peaceops.fillrate.snapshot.Mission;
import ca.peaceops.fillrate.snapshot.Snapshot;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The delivery alone, without the job: a real SMTP server receives one message per
 * recipient with both PDFs attached, and the ledger in the history database keeps a
 * recipient from getting the same report twice.
 */
@JdbcTest
@Import({ MailDelivery.class, DeliveryLedger.class, MailDeliveryTests.Mail.class })
@EnableConfigurationProperties(DeliveryProperties.class)
@TestPropertySource(properties = "mail.to=manager@example.org,analyst@example.org")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class MailDeliveryTests {

	private static final YearMonth MARCH = YearMonth.of(2018, 3);

	private static final ReportOptions OPTIONS = new ReportOptions(new BigDecimal("0.50"), 45, "letter", null, null);

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	/** The SMTP server as spring.mail.* would name it; a clock for the sent dates. */
	@TestConfiguration
	static class Mail {

		@Bean
		JavaMailSenderImpl mailSender() {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(smtp.getSmtp().getPort());
			// A run stopped in the middle of a message leaves the server waiting for its
			// end: the test's session gives up on it at once, as the killed process
			// would.
			sender.getJavaMailProperties().put("mail.smtp.timeout", "500");
			return sender;
		}

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2018-04-01T06:00:00Z"), ZoneOffset.UTC);
		}

	}

	@Autowired
	MailDelivery delivery;

	@Autowired
	JavaMailSenderImpl sender;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectProvider<JavaMailSenderImpl> senders;

	@Autowired
	DeliveryLedger ledger;

	@Autowired
	Clock clock;

	@TempDir
	Path published;

	private final Report report = Reports.of(MARCH,
			new Snapshot(LocalDate.of(2018, 3, 31), "test", List.of(), List.of(new Mission("UNMISS", "UNMISS", null,
					"South Sudan", "Africa", null, null, null, 10, null, 4, null, null, null)), List.of()),
			null);

	@BeforeEach
	void publishedFiles() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		// The ledger commits on its own, as in a run: each test starts with none sent.
		this.jdbc.sql("delete from delivery").update();
		Files.writeString(this.published.resolve(ReportFiles.pdf(MARCH)), "%PDF-1.7 English");
		Files.writeString(this.published.resolve(ReportFiles.frenchPdf(MARCH)), "%PDF-1.7 French");
	}

	@Test
	void eachRecipientGetsOneMessageWithBothPdfs() throws Exception {
		int sent = this.delivery.deliver(this.report, this.published, OPTIONS, false);

		assertThat(sent).isEqualTo(2);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(received).extracting((message) -> message.getRecipients(Message.RecipientType.TO)[0].toString())
			.containsExactlyInAnyOrder("manager@example.org", "analyst@example.org");
		MimeMultipart parts = (MimeMultipart) received[0].getContent();
		List<String> names = new java.util.ArrayList<>();
		for (int i = 0; i < parts.getCount(); i++) {
			if (parts.getBodyPart(i).getFileName() != null) {
				names.add(parts.getBodyPart(i).getFileName());
			}
		}
		assertThat(names).containsExactlyInAnyOrder(ReportFiles.pdf(MARCH), ReportFiles.frenchPdf(MARCH));
	}

	@Test
	void aRecipientNamedTwiceGetsOneMessage() throws Exception {
		MailDelivery delivery = delivery("manager@example.org, Manager@Example.org,MANAGER@EXAMPLE.ORG", 10_000_000,
				null);

		assertThat(delivery.deliver(this.report, this.published, OPTIONS, false)).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(smtp.getReceivedMessages()[0].getRecipients(Message.RecipientType.TO)[0].toString())
			.as("as first spelt")
			.isEqualTo("manager@example.org");
	}

	@Test
	void filesAboveTheSizeBudgetAreNamedInsteadOfAttachedOrLinkedUnderTheLinkBase() throws Exception {
		// The two test PDFs weigh 16 and 15 bytes: 24 and 20 once base64-encoded, 44 in
		// all.
		delivery("manager@example.org", 43, null).deliver(this.report, this.published, OPTIONS, false);

		MimeMessage named = smtp.getReceivedMessages()[0];
		assertThat(attachmentNames(named)).isEmpty();
		assertThat(textBody(named)).contains("The files are too large to attach",
				this.published.resolve(ReportFiles.pdf(MARCH)).toAbsolutePath().toString());

		// A link base without its last slash still names the files.
		delivery("manager@example.org", 43, "https://intranet.example.org/reports ").deliver(this.report,
				this.published, OPTIONS, true);

		assertThat(textBody(smtp.getReceivedMessages()[1]))
			.contains("https://intranet.example.org/reports/2018-03/" + ReportFiles.pdf(MARCH));

		delivery("manager@example.org", 44, null).deliver(this.report, this.published, OPTIONS, true);

		assertThat(attachmentNames(smtp.getReceivedMessages()[2])).as("at the budget, attached")
			.containsExactlyInAnyOrder(ReportFiles.pdf(MARCH), ReportFiles.frenchPdf(MARCH));
	}

	@Test
	void aSecondDeliverySendsNothingUnlessAskedToResend() {
		this.delivery.deliver(this.report, this.published, OPTIONS, false);

		assertThat(this.delivery.deliver(this.report, this.published, OPTIONS, false)).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		assertThat(this.delivery.deliver(this.report, this.published, OPTIONS, true)).isEqualTo(2);
		assertThat(smtp.getReceivedMessages()).hasSize(4);
	}

	@Test
	void aServerThatIsNotThereFailsTheDeliveryNamingIt() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		int serverPort = this.sender.getPort();
		this.sender.setPort(port);
		try {
			assertThatThrownBy(() -> this.delivery.deliver(this.report, this.published, OPTIONS, false))
				.isInstanceOf(DeliveryFailedException.class)
				.hasMessageContaining("the mail server 127.0.0.1:" + port);
		}
		finally {
			this.sender.setPort(serverPort);
		}
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	/** A delivery to other recipients or with another size budget than the context's. */
	private MailDelivery delivery(String to, long maxAttachmentBytes, String linkBase) {
		return new MailDelivery(new DeliveryProperties(List.of(to.split(",")), "fill-rate-report@localhost", false,
				maxAttachmentBytes, linkBase, List.of()), this.senders, this.ledger, this.clock);
	}

	private static List<String> attachmentNames(Part part) throws Exception {
		List<String> names = new java.util.ArrayList<>();
		if (part.isMimeType("multipart/*")) {
			Multipart parts = (Multipart) part.getContent();
			for (int i = 0; i < parts.getCount(); i++) {
				names.addAll(attachmentNames(parts.getBodyPart(i)));
			}
		}
		else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			names.add(part.getFileName());
		}
		return names;
	}

	private static String textBody(Part part) throws Exception {
		if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart parts = (Multipart) part.getContent();
			for (int i = 0; i < parts.getCount(); i++) {
				String text = textBody(parts.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	@Test
	void aMessageInFlightWhenTheRunDiedIsNotSentAgainByItselfAndTheOthersAre() throws Exception {
		RuntimeException killed = new RuntimeException("killed between the data and its final dot");
		assertThatThrownBy(
				() -> this.delivery.deliver(this.report, this.published, OPTIONS, false, Optional.empty(), (point) -> {
					if (point.equals("deliver:message-data-sent")) {
						throw killed;
					}
				}))
			.isSameAs(killed);
		assertThat(smtp.getReceivedMessages()).as("the final dot never went").isEmpty();

		assertThatThrownBy(() -> this.delivery.deliver(this.report, this.published, OPTIONS, false))
			.isInstanceOfSatisfying(DeliveryUncertainException.class,
					(ex) -> assertThat(ex.recipients()).containsExactly("manager@example.org"))
			.hasMessageContaining("may already have reached manager@example.org")
			.hasMessageContaining("--period=2018-03 --resend --mail.to=manager@example.org");
		assertThat(smtp.getReceivedMessages()).extracting((message) -> message.getAllRecipients()[0].toString())
			.containsExactly("analyst@example.org");

		assertThat(this.delivery.deliver(this.report, this.published, OPTIONS, true)).as("asked again").isEqualTo(2);
	}

}
