package ca.peaceops.fillrate.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's), serving pages as a web site does: with an
 * ETag, answering 304 to a request that names it, or failing as told.
 */
public final class TestPageServer implements AutoCloseable {

	/** How a path answers. */
	public record Response(int status, String contentType, byte[] body, String etag, long delayMillis) {

		public static Response html(byte[] body, String etag) {
			return new Response(200, "text/html; charset=utf-8", body, etag, 0);
		}

	}

	/** A body written as it goes, in chunks, for as long as the client reads it. */
	@FunctionalInterface
	public interface Stream {

		void writeTo(OutputStream out) throws IOException, InterruptedException;

	}

	private final HttpServer server;

	private final Map<String, Stream> streams = new ConcurrentHashMap<>();

	private final Map<String, Response> responses = new ConcurrentHashMap<>();

	private final List<String> requests = new ArrayList<>();

	public TestPageServer() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::answer);
		// One slow answer must not hold the others up.
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.server.start();
	}

	/** The English page of 2021-04-01 as published (HTML). */
	public static byte[] englishPage() {
		return read(Path.of("src/test/resources/pages/variants/2021-04-01-table.html"));
	}

	/**
	 * The French page of the same date, as the tests keep it: its text (served as
	 * {@code text/html}; the reader tells text from HTML by the content, as the importer
	 * does).
	 */
	public static byte[] frenchPage() {
		return read(Path.of("src/test/resources/pages/variants/2021-04-01-flat-table-fr.txt"));
	}

	public String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	public void serve(String path, Response response) {
		this.responses.put(path, response);
	}

	/** An HTML answer whose body {@code stream} writes (chunked, no length). */
	public void stream(String path, Stream stream) {
		this.streams.put(path, stream);
	}

	/** The requests seen, as {@code "GET /en If-None-Match=..."}. */
	public synchronized List<String> requests() {
		return List.copyOf(this.requests);
	}

	private void answer(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
		synchronized (this) {
			this.requests.add(exchange.getRequestMethod() + " " + path + " If-None-Match=" + ifNoneMatch
					+ " User-Agent=" + exchange.getRequestHeaders().getFirst("User-Agent"));
		}
		Response response = this.responses.get(path);
		try (exchange) {
			Stream stream = this.streams.get(path);
			if (stream != null) {
				exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, 0);
				try (OutputStream out = exchange.getResponseBody()) {
					stream.writeTo(out);
				}
				return;
			}
			if (response == null) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			if (response.delayMillis() > 0) {
				Thread.sleep(response.delayMillis());
			}
			if (response.status() >= 300 && response.status() < 400 && response.status() != 304) {
				exchange.getResponseHeaders().add("Location", new String(response.body(), StandardCharsets.UTF_8));
				exchange.sendResponseHeaders(response.status(), -1);
				return;
			}
			if (response.etag() != null) {
				exchange.getResponseHeaders().add("ETag", response.etag());
				if (response.etag().equals(ifNoneMatch)) {
					exchange.sendResponseHeaders(304, -1);
					return;
				}
			}
			exchange.getResponseHeaders().add("Content-Type", response.contentType());
			exchange.sendResponseHeaders(response.status(), response.body().length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(response.body());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			// The client gave up (a timeout test): nothing to answer.
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
