package ca.peaceops.fillrate.fetch;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import ca.peaceops.fillrate.history.HistoryRepository;
import ca.peaceops.fillrate.history.PageRecords;
import ca.peaceops.fillrate.snapshot.PageProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page fetched from a real HTTP server on 127.0.0.1: changed, unchanged, and every
 * way it fails, with what each leaves under {@code input/}.
 */
@JdbcTest
// The same imports as HistoryRepositoryTests: one test context serves both.
@Import({ HistoryRepository.class, PageRecords.class })
class PageWatchTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-04-05T06:00:00Z"), ZoneOffset.UTC);

	@Autowired
	PageRecords records;

	@TempDir
	Path input;

	private TestPageServer server;

	private PageWatch watch;

	@BeforeEach
	void serve() {
		this.server = new TestPageServer();
		this.server.serve("/en", TestPageServer.Response.html(TestPageServer.englishPage(), "\"en-1\""));
		this.server.serve("/fr", TestPageServer.Response.html(TestPageServer.frenchPage(), "\"fr-1\""));
		this.watch = new PageWatch(new PageFetcher(Duration.ofSeconds(1), "test"), this.records, this.input, CLOCK);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void aChangedPageBecomesACapsSnapshotDatedByItsDateModifiedWithBothLanguages() throws IOException {
		PageCheck check = check();

		assertThat(check.status()).as(check.problem().map(PageProblem::toString).orElse(""))
			.isEqualTo(PageCheck.Status.CHANGED);
		Path snapshot = this.input.resolve("snapshots/2021-04-01.json");
		assertThat(check.snapshot()).contains(snapshot);
		String json = Files.readString(snapshot);
		assertThat(json).contains("\"nameFr\"", "Cisjordanie", this.server.url("/en"), this.server.url("/fr"),
				"SHA-256");
		assertThat(json).doesNotContain("\"deployed\"");
		try (Stream<Path> pages = Files.list(this.input.resolve("pages"))) {
			assertThat(pages.map((path) -> path.getFileName().toString())).filteredOn((name) -> name.endsWith(".html"))
				.hasSize(2)
				.allSatisfy((name) -> assertThat(name).startsWith("20210405T060000Z-"));
		}
		assertThat(this.server.requests()).allSatisfy((request) -> assertThat(request).contains("fill-rate-report/"));
	}

	@Test
	void anUnchangedPageWritesNothingAndIsFetchedConditionally() throws IOException {
		check();
		Map<String, String> before = files();

		PageCheck check = check();

		assertThat(check.status()).isEqualTo(PageCheck.Status.UNCHANGED);
		assertThat(check.confirmedAt()).contains(CLOCK.instant());
		assertThat(files()).isEqualTo(before);
		assertThat(this.server.requests()).last().asString().contains("If-None-Match=\"fr-1\"");
	}

	@Test
	void theSameBytesWithoutAnEtagAreUnchangedToo() throws IOException {
		this.server.serve("/en", TestPageServer.Response.html(TestPageServer.englishPage(), null));
		check();
		Map<String, String> before = files();

		assertThat(check().status()).isEqualTo(PageCheck.Status.UNCHANGED);
		assertThat(files()).isEqualTo(before);
	}

	@Test
	void anErrorStatusLeavesTheInputAsItWasAndSaysTheStatus() throws IOException {
		check();
		Map<String, String> before = files();
		this.server.serve("/en", new TestPageServer.Response(500, "text/html", "oops".getBytes(), null, 0));

		PageCheck check = check();

		assertThat(check.status()).isEqualTo(PageCheck.Status.FAILED);
		assertThat(check.problem().map(PageProblem::toString))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("HTTP 500"));
		assertThat(check.confirmedAt()).as("when the caps were last confirmed").contains(CLOCK.instant());
		assertThat(files()).isEqualTo(before);
	}

	@Test
	void aPageTheReaderRefusesIsKeptForAPersonAndNoSnapshotIsWritten() throws IOException {
		this.server.serve("/en", TestPageServer.Response
			.html("<html><body><main><h1>Current operations</h1><p>We have moved this content.</p></main></body></html>"
				.getBytes(StandardCharsets.UTF_8), "\"en-2\""));

		PageCheck check = check();

		assertThat(check.status()).isEqualTo(PageCheck.Status.FAILED);
		assertThat(check.problem().map(PageProblem::toString))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("can no longer be read")
				.contains("input/pages".substring(6)));
		assertThat(this.input.resolve("snapshots")).doesNotExist();
		assertThat(files().keySet()).anySatisfy((name) -> assertThat(name).startsWith("pages/"));
	}

	@Test
	void aTimeoutARefusedConnectionAndANonHtmlAnswerAreFailures() throws IOException {
		this.server.serve("/slow",
				new TestPageServer.Response(200, "text/html", TestPageServer.englishPage(), null, 3000));
		this.server.serve("/pdf", new TestPageServer.Response(200, "application/pdf", new byte[] { 1, 2 }, null, 0));
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}

		// A fifth of a second is plenty for the server next door, and the test waits no
		// longer.
		PageWatch impatient = new PageWatch(new PageFetcher(Duration.ofMillis(200), "test"), this.records, this.input,
				CLOCK);
		PageCheck slow = impatient.check(this.server.url("/slow"), Optional.empty());
		PageCheck refused = this.watch.check("http://127.0.0.1:" + closed + "/en", Optional.empty());
		PageCheck pdf = this.watch.check(this.server.url("/pdf"), Optional.empty());

		assertThat(slow.problem().map(PageProblem::toString))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("timeout"));
		assertThat(refused.problem().map(PageProblem::toString))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("refused"));
		assertThat(pdf.problem().map(PageProblem::toString))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("not an HTML page"));
		assertThat(files()).isEmpty();
	}

	@Test
	void aRedirectIsFollowed() {
		this.server.serve("/old", new TestPageServer.Response(301, "", "/en".getBytes(), null, 0));

		PageCheck check = this.watch.check(this.server.url("/old"), Optional.of(this.server.url("/fr")));

		assertThat(check.status()).isEqualTo(PageCheck.Status.CHANGED);
	}

	private PageCheck check() {
		return this.watch.check(this.server.url("/en"), Optional.of(this.server.url("/fr")));
	}

	/** Every file under the input folder and its content. */
	private Map<String, String> files() throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(this.input)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				files.put(this.input.relativize(path).toString(), new String(Files.readAllBytes(path)));
			}
		}
		return files;
	}

}
