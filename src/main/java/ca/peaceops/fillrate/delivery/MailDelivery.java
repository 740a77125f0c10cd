package ca.peaceops.fillrate.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import ca.peaceops.fillrate.report.Report;
import ca.peaceops.fillrate.report.ReportFiles;
import ca.peaceops.fillrate.report.ReportOptions;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a published period's report to each recipient who has not had it yet, one message
 * each, and records every message the server accepts.
 */
@Component
public class MailDelivery {

	private static final Log logger = LogFactory.getLog(MailDelivery.class);

	private final DeliveryProperties properties;

	/**
	 * Spring Boot's, from spring.mail.*: its session is what one SMTP session is opened
	 * on.
	 */
	private final ObjectProvider<JavaMailSenderImpl> sender;

	private final DeliveryLedger ledger;

	private final Clock clock;

	MailDelivery(DeliveryProperties properties, ObjectProvider<JavaMailSenderImpl> sender, DeliveryLedger ledger,
			Clock clock) {
		this.properties = properties;
		this.sender = sender;
		this.ledger = ledger;
		this.clock = clock;
	}

	public boolean enabled() {
		return this.properties.enabled();
	}

	/**
	 * @param resend send again to recipients who already had this period's report
	 * @return how many messages were sent
	 * @throws DeliveryFailedException if a message could not be sent; those sent are
	 * recorded
	 */
	public int deliver(Report report, Path publishedDir, ReportOptions options, boolean resend) {
		return deliver(report, publishedDir, options, resend, Optional.empty(), (point) -> {
		});
	}

	/**
	 * @param checkpoint told {@code deliver:message-data-sent} as each message's data is
	 * written and only its final {@code .} remains (the restart tests stop there)
	 * @throws DeliveryUncertainException if recipients may have the report from a run
	 * that was killed while the server was accepting it; every other recipient was sent
	 * it first
	 */
	public int deliver(Report report, Path publishedDir, ReportOptions options, boolean resend,
			Optional<List<String>> to, Consumer<String> checkpoint) {
		JavaMailSenderImpl mail = this.sender.getIfAvailable();
		if (mail == null) {
			throw new DeliveryFailedException("mail.to is set but no SMTP server is: set spring.mail.host", null);
		}
		List<String> recipients = new ArrayList<>();
		List<String> uncertain = new ArrayList<>();
		for (String recipient : Recipients.distinct(to.orElse(this.properties.to()))) {
			DeliveryLedger.State state = this.ledger.state(report.period(), recipient);
			if (resend || state == DeliveryLedger.State.NONE) {
				recipients.add(recipient);
			}
			else if (state == DeliveryLedger.State.IN_FLIGHT) {
				// At most once unless someone asks again: it may have gone.
				uncertain.add(recipient);
			}
		}
		int sent = recipients.isEmpty() ? 0 : send(mail, report, publishedDir, options, recipients, checkpoint);
		if (!uncertain.isEmpty()) {
			String them = String.join(",", uncertain);
			throw new DeliveryUncertainException(
					"the report for " + report.period() + " may already have reached " + them
							+ " (a run stopped while the mail server was accepting it) and was not sent again"
							+ ((sent > 0) ? "; " + sent + " other recipients were sent it" : "")
							+ ". To send it to them: --period=" + report.period() + " --resend --mail.to=" + them,
					uncertain);
		}
		if (recipients.isEmpty()) {
			logger.info("Period " + report.period()
					+ ": every recipient already has the report; use --resend to send it again");
		}
		return sent;
	}

	private int send(JavaMailSenderImpl mail, Report report, Path publishedDir, ReportOptions options,
			List<String> recipients, Consumer<String> checkpoint) {
		List<Path> files = files(report, publishedDir);
		long encoded = Attachments.encodedSize(files);
		boolean attach = encoded <= this.properties.maxAttachmentBytes();
		Optional<String> linkBase = Optional.ofNullable(this.properties.linkBase()).filter((base) -> !base.isBlank());
		ReportEmail email = attach ? ReportEmail.of(report, options, names(files), "mail.attached", null, linkBase)
				: ReportEmail.of(report, options, locations(report, files), "mail.tooLarge",
						String.format(Locale.ROOT, "%.1f", encoded / 1_000_000.0), linkBase);
		sendInOneSession(mail, report, email, recipients, attach ? files : List.of(), checkpoint);
		return recipients.size();
	}

	/**
	 * One SMTP session for every recipient, each message recorded as soon as the server
	 * has accepted it, before the session ends: a run killed while closing the session
	 * does not send that message again on relaunch.
	 */
	private void sendInOneSession(JavaMailSenderImpl smtp, Report report, ReportEmail email, List<String> recipients,
			List<Path> attachments, Consumer<String> checkpoint) {
		String recipient = recipients.get(0);
		Transport transport = null;
		try {
			transport = smtp.getSession().getTransport((smtp.getProtocol() != null) ? smtp.getProtocol() : "smtp");
			try {
				transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
			}
			catch (MessagingException ex) {
				throw new DeliveryFailedException("cannot send the report for " + report.period() + ": the mail server "
						+ smtp.getHost() + ":" + ((smtp.getPort() > 0) ? smtp.getPort() : 25)
						+ " refuses the connection or the login: " + ex.getMessage(), ex);
			}
			for (String next : recipients) {
				recipient = next;
				String to = next;
				MimeMessage message = message(smtp, email, recipient, attachments, () -> {
					this.ledger.attempt(report.period(), to, report.edition(), this.clock.instant());
					checkpoint.accept("deliver:message-data-sent");
				});
				message.setSentDate(new Date(this.clock.millis()));
				message.saveChanges();
				try {
					transport.sendMessage(message, message.getAllRecipients());
				}
				catch (SendFailedException ex) {
					// The server answered no (to the recipient, or to the data): it did
					// not go, and the next launch sends it.
					this.ledger.forget(report.period(), recipient);
					throw ex;
				}
				sent(report, recipient);
			}
		}
		catch (MessagingException ex) {
			throw failed(report, recipient, ex);
		}
		finally {
			close(transport);
		}
	}

	private void sent(Report report, String recipient) {
		this.ledger.record(report.period(), recipient, report.edition(), this.clock.instant());
		logger.info("Sent the report for " + report.period() + " to " + recipient);
	}

	private static DeliveryFailedException failed(Report report, String recipient, Exception ex) {
		return new DeliveryFailedException(
				"cannot send the report for " + report.period() + " to " + recipient + ": " + ex.getMessage(), ex);
	}

	private static void close(Transport transport) {
		if (transport == null) {
			return;
		}
		try {
			transport.close();
		}
		catch (MessagingException ex) {
			// Every message was accepted and recorded; a failed goodbye loses nothing.
			logger.warn("Closing the SMTP session failed: " + ex.getMessage());
		}
	}

	private static List<String> names(List<Path> files) {
		return files.stream().map((file) -> file.getFileName().toString()).toList();
	}

	/**
	 * Links under {@code mail.link-base} when set, else the paths of the published files.
	 */
	private List<String> locations(Report report, List<Path> files) {
		return files.stream()
			.map((file) -> (this.properties.linkBase() != null)
					? folder(this.properties.linkBase()) + report.period() + "/" + file.getFileName()
					: file.toAbsolutePath().toString())
			.toList();
	}

	/** {@code https://intranet/reports} and {@code https://intranet/reports/} alike. */
	private static String folder(String linkBase) {
		String base = linkBase.strip();
		return base.endsWith("/") ? base : base + "/";
	}

	private MimeMessage message(JavaMailSenderImpl mail, ReportEmail email, String recipient, List<Path> attachments,
			Runnable beforeFinalDot) throws MessagingException {
		MimeMessage message = new InFlightMessage(mail.getSession(), beforeFinalDot);
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(recipient);
		helper.setSubject(email.subject());
		helper.setText(email.text(), email.html());
		for (Path file : attachments) {
			helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
		}
		return message;
	}

	private List<Path> files(Report report, Path publishedDir) {
		List<Path> files = new ArrayList<>(List.of(publishedDir.resolve(ReportFiles.pdf(report.period())),
				publishedDir.resolve(ReportFiles.frenchPdf(report.period()))));
		// The HTML edition, which opens anywhere, beside the PDFs (periods published
		// before it existed have none).
		for (String html : List.of(ReportFiles.html(report.period()), ReportFiles.frenchHtml(report.period()))) {
			if (Files.isRegularFile(publishedDir.resolve(html))) {
				files.add(publishedDir.resolve(html));
			}
		}
		if (this.properties.attachCsv()) {
			for (String csv : List.of(ReportFiles.missionsCsv(report.period()), ReportFiles.regionsCsv(report.period()),
					ReportFiles.poolsCsv(report.period()), ReportFiles.changesCsv(report.period()))) {
				files.add(publishedDir.resolve(csv));
			}
			if (report.roster() != null) {
				files.add(publishedDir.resolve(ReportFiles.homeServicesCsv(report.period())));
			}
		}
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				throw new UncheckedIOException(new IOException("published file missing: " + file));
			}
		}
		return files;
	}

}
