package ca.peaceops.fillrate.delivery;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells the operations addresses ({@code mail.ops}) that a run failed. Best effort: a
 * notice that cannot be sent is logged, never allowed to hide the failure it reports.
 */
@Component
public class FailureNotice {

	private static final Log logger = LogFactory.getLog(FailureNotice.class);

	private final DeliveryProperties properties;

	private final ObjectProvider<JavaMailSender> sender;

	FailureNotice(DeliveryProperties properties, ObjectProvider<JavaMailSender> sender) {
		this.properties = properties;
		this.sender = sender;
	}

	public void send(String failure) {
		send("Fill-rate report run failed", failure);
	}

	/** Tells the operations addresses of something to act on that is not a failure. */
	public void warn(String warning) {
		send("Fill-rate report: action needed", warning);
	}

	private void send(String subject, String failure) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (this.properties.ops().isEmpty() || mail == null) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(this.properties.ops().toArray(String[]::new));
		message.setSubject(subject);
		message.setText(failure + "\n\nSee the run's log for details. Exit statuses are listed in the README.");
		try {
			mail.send(message);
		}
		catch (MailException ex) {
			logger.warn("Could not send the failure notice to " + this.properties.ops() + ": " + ex.getMessage());
		}
	}

}
