package ca.peaceops.fillrate.delivery;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who receives the report and how; the SMTP server itself is configured with Spring's
 * {@code spring.mail.*} properties.
 *
 * @param to recipients ({@code --mail.to=a@example.org,b@example.org}); none means no
 * email
 * @param from the sender address
 * @param attachCsv also attach the period's CSV files
 * @param maxAttachmentBytes the most the attachments may weigh once base64-encoded, as
 * sent; above it the message gives the files' locations instead
 * @param linkBase where the reports are served from (for example
 * {@code https://intranet/reports/}), used instead of file paths in a message without
 * attachments
 * @param ops operations addresses that are told when a run fails
 */
@ConfigurationProperties("mail")
public record DeliveryProperties(@DefaultValue List<String> to, @DefaultValue("fill-rate-report@localhost") String from,
		@DefaultValue("false") boolean attachCsv, @DefaultValue("10000000") long maxAttachmentBytes, String linkBase,
		@DefaultValue List<String> ops) {

	public boolean enabled() {
		return !this.to.isEmpty();
	}

}
