package ca.peaceops.fillrate.fetch;

import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import ca.peaceops.fillrate.snapshot.PageProblem;
import ca.peaceops.fillrate.snapshot.PageProblem.Kind;

/**
 * One GET of a page with the JDK's {@code HttpClient}: a connect and a read timeout, the
 * whole answer within twice the timeout and at most {@link #LARGEST_PAGE} bytes,
 * redirects followed (the client's limit, five), a descriptive {@code User-Agent}, and
 * the validators of the last answer for a conditional GET. Every way it can go wrong is
 * an {@link Answer.Failed} with words a person can act on, never an exception.
 */
public final class PageFetcher {

	/**
	 * The "Current operations" page is about 100 KB; an answer a hundred times that is
	 * not the page, and is cut off before it fills the heap.
	 */
	static final long LARGEST_PAGE = 10L * 1024 * 1024;

	private final HttpClient client;

	private final Duration timeout;

	private final String userAgent;

	public PageFetcher(Duration timeout, String version) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		this.timeout = timeout;
		this.userAgent = "fill-rate-report/" + version
				+ " (fill rates of police deployments; checks the page once a day)";
	}

	/** What the server answered. */
	public sealed interface Answer {

		/** 304: the page is as it was. */
		record NotModified() implements Answer {

		}

		/** 200 with an HTML page. */
		record Page(byte[] body, String charset, Optional<String> etag,
				Optional<String> lastModified) implements Answer {

		}

		/**
		 * Anything else: a refused connection, a timeout, an error status, a non-HTML
		 * answer.
		 */
		record Failed(PageProblem problem) implements Answer {

		}

	}

	/**
	 * @param etag the last answer's {@code ETag}, sent as {@code If-None-Match}
	 * @param lastModified the last answer's {@code Last-Modified}, sent as
	 * {@code If-Modified-Since}
	 */
	public Answer get(URI url, Optional<String> etag, Optional<String> lastModified) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(this.timeout)
			.header("User-Agent", this.userAgent)
			.header("Accept", "text/html,application/xhtml+xml")
			.GET();
		etag.ifPresent((value) -> request.header("If-None-Match", value));
		lastModified.ifPresent((value) -> request.header("If-Modified-Since", value));
		AtomicReference<LimitedBody> body = new AtomicReference<>();
		CompletableFuture<HttpResponse<byte[]>> answer = this.client.sendAsync(request.build(), (info) -> {
			body.set(new LimitedBody(LARGEST_PAGE));
			return body.get();
		});
		HttpResponse<byte[]> response;
		try {
			// The request's own timeout ends at the answer's headers; a server that then
			// sends the page a byte at a time would hold the run, and the H2 file, for
			// ever.
			response = answer.get(this.timeout.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			Optional.ofNullable(body.get()).ifPresent(LimitedBody::cancel);
			return failed(Kind.ANSWER_TOO_SLOW, url, seconds());
		}
		catch (InterruptedException ex) {
			answer.cancel(true);
			Thread.currentThread().interrupt();
			return failed(Kind.INTERRUPTED, url);
		}
		catch (ExecutionException ex) {
			return failed(ex.getCause(), url);
		}
		int status = response.statusCode();
		if (status == 304) {
			return new Answer.NotModified();
		}
		if (status != 200) {
			return failed(Kind.HTTP_STATUS, status, response.uri());
		}
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (!type.toLowerCase(Locale.ROOT).contains("html")) {
			return failed(Kind.NOT_HTML, response.uri(), type.isBlank() ? "none" : type);
		}
		return new Answer.Page(response.body(), charset(type), response.headers().firstValue("ETag"),
				response.headers().firstValue("Last-Modified"));
	}

	private Answer failed(Throwable failure, URI url) {
		if (failure instanceof HttpConnectTimeoutException) {
			return failed(Kind.CONNECT_TIMEOUT, url.getHost(), seconds());
		}
		if (failure instanceof HttpTimeoutException) {
			return failed(Kind.ANSWER_TIMEOUT, url, seconds());
		}
		if (failure instanceof ConnectException) {
			return failed(Kind.REFUSED, url.getHost());
		}
		if (failure instanceof LimitedBody.TooLargeException) {
			return failed(Kind.TOO_LARGE, url, LARGEST_PAGE / (1024 * 1024));
		}
		return failed(Kind.UNREACHABLE, url, failure.getClass().getSimpleName()
				+ ((failure.getMessage() != null) ? ": " + failure.getMessage() : ""));
	}

	private String seconds() {
		return BigDecimal.valueOf(this.timeout.toMillis(), 3).stripTrailingZeros().toPlainString();
	}

	private static Answer failed(Kind kind, Object... values) {
		return new Answer.Failed(PageProblem.of(kind, values));
	}

	private static String charset(String contentType) {
		for (String part : contentType.split(";")) {
			String trimmed = part.strip();
			if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
				return trimmed.substring("charset=".length()).replace("\"", "").strip();
			}
		}
		return "UTF-8";
	}

}
