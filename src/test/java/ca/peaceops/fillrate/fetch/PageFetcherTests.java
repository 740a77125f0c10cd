package ca.peaceops.fillrate.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import ca.peaceops.fillrate.fetch.PageFetcher.Answer;
import ca.peaceops.fillrate.snapshot.PageProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A server that answers at once and then does not stop: the fetch ends anyway, with a
 * reason, so that an unattended run neither hangs holding the history file nor fills its
 * heap. (A server slow to answer at all is {@code PageWatchTests}'.)
 */
class PageFetcherTests {

	private final TestPageServer server = new TestPageServer();

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void aPageStillArrivingAfterTwiceTheTimeoutIsDropped() {
		this.server.stream("/drip", (out) -> {
			out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
			while (true) {
				out.write('x');
				out.flush();
				Thread.sleep(20);
			}
		});
		PageFetcher fetcher = new PageFetcher(Duration.ofMillis(300), "test");

		// Without the deadline this get() never returns; the test fails instead of
		// hanging.
		Answer answer = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> fetcher.get(URI.create(this.server.url("/drip")), Optional.empty(), Optional.empty()));

		assertThat(answer).isInstanceOfSatisfying(Answer.Failed.class, (failed) -> {
			assertThat(failed.problem().kind()).isEqualTo(PageProblem.Kind.ANSWER_TOO_SLOW);
			assertThat(failed.problem()).hasToString(
					"the page from " + this.server.url("/drip") + " was still arriving after twice 0.3 s (timeout)");
		});
	}

	@Test
	void anAnswerLargerThanAnyPageIsCutOffWithoutFillingTheHeap() {
		byte[] chunk = new byte[64 * 1024];
		Arrays.fill(chunk, (byte) 'x');
		this.server.stream("/endless", (out) -> {
			while (true) {
				out.write(chunk);
			}
		});
		PageFetcher fetcher = new PageFetcher(Duration.ofSeconds(20), "test");

		Answer answer = fetcher.get(URI.create(this.server.url("/endless")), Optional.empty(), Optional.empty());

		assertThat(answer).isInstanceOfSatisfying(Answer.Failed.class, (failed) -> {
			assertThat(failed.problem().kind()).isEqualTo(PageProblem.Kind.TOO_LARGE);
			assertThat(failed.problem()).hasToString(
					"the answer from " + this.server.url("/endless") + " is over 10 MB, too large for the page");
		});
	}

	@Test
	void aWholePageInTimeIsThePage() {
		byte[] page = TestPageServer.englishPage();
		this.server.stream("/en", (out) -> {
			for (int i = 0; i < page.length; i += 1000) {
				out.write(page, i, Math.min(1000, page.length - i));
				out.flush();
			}
		});

		Answer answer = new PageFetcher(Duration.ofSeconds(5), "test").get(URI.create(this.server.url("/en")),
				Optional.empty(), Optional.empty());

		assertThat(answer).isInstanceOfSatisfying(Answer.Page.class,
				(whole) -> assertThat(whole.body()).isEqualTo(page));
	}

}
