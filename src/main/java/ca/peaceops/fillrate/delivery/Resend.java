package ca.peaceops.fillrate.delivery;

import java.nio.file.Path;
import java.time.YearMonth;

import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.report.ReportOptions;
import ca.peaceops.fillrate.report.ReportPublisher;
import ca.peaceops.fillrate.report.StoredReport;

import org.springframework.stereotype.Component;

/**
 * {@code --resend}: a published period's report sent again to every recipient, from the
 * report the history keeps and the files in the period's folder, without running the job.
 */
@Component
public class Resend {

	private final HistoryRepository history;

	private final MailDelivery delivery;

	private final ReportPublisher publisher;

	private final StoredReport stored = new StoredReport();

	Resend(HistoryRepository history, MailDelivery delivery, ReportPublisher publisher) {
		this.history = history;
		this.delivery = delivery;
		this.publisher = publisher;
	}

	/**
	 * @return how many messages were sent
	 * @throws ResendRefusedException if the period is not published or there are no
	 * recipients: the request cannot be right
	 * @throws PublishedFilesGoneException if the published files are gone
	 * @throws DeliveryFailedException if a message could not be sent
	 */
	public int resend(YearMonth period, ReportOptions options) {
		String json = this.history.reportJson(period)
			.orElseThrow(() -> new ResendRefusedException("--resend: period " + period + " is not published"));
		if (!this.delivery.enabled()) {
			throw new ResendRefusedException("--resend: no recipients; set --mail.to");
		}
		Path publishedDir = this.publisher.publishedDir(period);
		if (this.publisher.filesGone(period)) {
			throw new PublishedFilesGoneException("--resend: the published files of " + period + " are not all in "
					+ publishedDir + " (moved or deleted); write them again with --period=" + period
					+ " --restore, then resend");
		}
		return this.delivery.deliver(this.stored.read(json), publishedDir, options, true);
	}

}
