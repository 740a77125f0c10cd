package ca.peaceops.fillrate.launch;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) for a test class, as the managers' or the operations
 * staff's mail server would be.
 */
final class TestSmtp {

	private TestSmtp() {
	}

	/**
	 * One server for the class, on a free port (the two test JVMs run side by side); the
	 * class empties it before each test ({@code purgeEmailFromAllMailboxes}): starting
	 * one per test costs more than the test.
	 */
	static GreenMailExtension server() {
		return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
			.withPerMethodLifecycle(false);
	}

	/** The messages the server received for one recipient, in order. */
	static List<MimeMessage> to(GreenMailExtension smtp, String recipient) throws MessagingException {
		List<MimeMessage> messages = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient)) {
				messages.add(message);
			}
		}
		return messages;
	}

	/** A port nothing listens on. */
	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
