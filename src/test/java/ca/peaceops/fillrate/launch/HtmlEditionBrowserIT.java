package ca.peaceops.fillrate.launch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML edition and the archive page opened in a real browser (Debian's chromium, with
 * every outside request sent to a proxy that is not there), checked with axe-core at WCAG
 * 2.1 A and AA, at a phone's width: the sample periods, and a report of 300 missions
 * whose names include markup. Run by CI ({@code .ci/run} installs the browser and
 * axe-core).
 */
// One browser, one page at a time: the system tests otherwise run methods side by side.
@Execution(ExecutionMode.SAME_THREAD)
class HtmlEditionBrowserIT {

	@TempDir
	static Path workspace;

	private static ChromeDriver browser;

	private static String axe;

	@BeforeAll
	static void publishAndOpenABrowser() throws IOException {
		String axePath = System.getenv("FILLRATE_AXE_JS");
		assertThat(axePath).as("FILLRATE_AXE_JS: run scripts/install-browser.sh first").isNotBlank();
		axe = Files.readString(Path.of(axePath));
		ReportCli sample = ReportCli.withSampleInput(workspace.resolve("sample"));
		// April's counts table gives women: its editions have the "Women deployed"
		// section.
		for (String period : List.of("2018-01", "2018-03", "2018-04")) {
			assertThat(sample.run("--period=" + period).exitCode()).isZero();
		}
		ReportCli large = new ReportCli(workspace.resolve("large"));
		Files.createDirectories(large.input().resolve("snapshots"));
		StringBuilder csv = new StringBuilder("id,name,country,authorized,deployed\n");
		for (int i = 1; i <= 300; i++) {
			String name = (i % 50 == 0) ? "\"<img src=x onerror=alert(1)> mission " + i + "\""
					: "United Nations police component number " + i + " in a very long mission name";
			csv.append("M")
				.append(i)
				.append(',')
				.append(name)
				.append(",Mali,")
				.append(10 + i % 40)
				.append(',')
				.append(i % 37)
				.append('\n');
		}
		Files.writeString(large.input().resolve("snapshots/2019-05-31.csv"), csv);
		assertThat(large.run("--period=2019-05").exitCode()).isZero();
		// The email's HTML part, as a mail server received it, opened as a mail reader
		// would.
		int port = TestSmtp.freePort();
		GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try {
			ReportCli mailed = ReportCli.withSampleInput(workspace.resolve("mailed"));
			assertThat(mailed
				.run("--period=2018-03", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
						"--mail.to=manager@example.org", "--mail.link-base=https://intranet.example.org/reports")
				.exitCode()).isZero();
			Files.writeString(workspace.resolve("email.html"), htmlPart(smtp.getReceivedMessages()[0]));
		}
		catch (MessagingException ex) {
			throw new IOException(ex);
		}
		finally {
			smtp.stop();
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--no-first-run", "--proxy-server=http://127.0.0.1:9",
				"--proxy-bypass-list=<-loopback>");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(),
				options);
		browser.manage().window().setSize(new Dimension(390, 844));
	}

	@AfterAll
	static void closeTheBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "sample/reports/2018-03/fill-rate-report-2018-03.html",
			"sample/reports/2018-03/fill-rate-report-2018-03.fr.html",
			"sample/reports/2018-04/fill-rate-report-2018-04.html", "sample/reports/index.html",
			"sample/reports/index.fr.html", "large/reports/2019-05/fill-rate-report-2019-05.html",
			"large/reports/2019-05/fill-rate-report-2019-05.fr.html", "email.html" })
	void opensWithNoRequestNoErrorNoViolationAndNoSidewaysScrollAtPhoneWidth(String page) {
		browser.get(workspace.resolve(page).toUri().toString());
		JavascriptExecutor js = browser;

		assertThat((Long) js.executeScript("return performance.getEntriesByType('resource').length"))
			.as("requests for anything outside the file")
			.isZero();
		assertThat((Boolean) js
			.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.as("no horizontal scrolling of the page at 390 px")
			.isTrue();
		assertThat((Long) js.executeScript("return document.querySelectorAll('img, script').length"))
			.as("a name with markup stays text")
			.isZero();
		js.executeScript(axe);
		String violations = (String) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
				+ ".then((r) => done(r.violations.map((v) => v.id + ' (' + v.nodes.length + '): '"
				+ " + v.nodes[0].target).join('\\n')));");
		assertThat(violations).as("axe-core violations").isEmpty();
		List<LogEntry> errors = browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
		assertThat(errors).as("console errors").isEmpty();
	}

	private static String htmlPart(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/html")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String html = htmlPart(multipart.getBodyPart(i));
				if (html != null) {
					return html;
				}
			}
		}
		return null;
	}

}
