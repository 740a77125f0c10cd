package ca.peaceops.fillrate.launch;

import java.util.List;

import ca.peaceops.fillrate.delivery.DeliveryProperties;
import ca.peaceops.fillrate.delivery.FailureNotice;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Tells the operations addresses ({@code mail.ops}) of a run that ended before the
 * application could (bad input, a database that cannot be reached): a small context of
 * its own with Spring Boot's mail configuration, no database, started only then.
 */
public final class OperationsMail {

	private static final Log logger = LogFactory.getLog(OperationsMail.class);

	private OperationsMail() {
	}

	public static void tell(String[] args, List<String> lines) {
		if (lines.isEmpty()) {
			return;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Mail.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			FailureNotice notice = context.getBean(FailureNotice.class);
			lines.forEach(notice::send);
		}
		catch (RuntimeException ex) {
			// Best effort: the failure was told on standard error already.
			logger.warn("Could not tell the operations addresses: " + ex.getMessage());
		}
	}

	/**
	 * Deliberately not a {@code @Configuration}: the application's component scan must
	 * not pick it up.
	 */
	@EnableConfigurationProperties(DeliveryProperties.class)
	@ImportAutoConfiguration(MailSenderAutoConfiguration.class)
	@Import(FailureNotice.class)
	static class Mail {

	}

}
