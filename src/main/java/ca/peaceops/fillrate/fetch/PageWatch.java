package ca.peaceops.fillrate.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import ca.peaceops.fillrate.history.PageRecords;
import ca.peaceops.fillrate.history.PageRecords.PageRecord;
import ca.peaceops.fillrate.place.Places;
import ca.peaceops.fillrate.snapshot.BadInputException;
import ca.peaceops.fillrate.snapshot.PageProblem;
import ca.peaceops.fillrate.snapshot.PageProblem.Kind;
import ca.peaceops.fillrate.snapshot.Snapshot;
import ca.peaceops.fillrate.snapshot.SnapshotReader;
import ca.peaceops.fillrate.snapshot.SourceText;
import ca.peaceops.fillrate.snapshot.json.SnapshotJson;
import ca.peaceops.fillrate.snapshot.page.PagePairReader;

/**
 * The "Current operations" page, English and French, fetched and turned into a caps
 * snapshot exactly as {@code import-page.sh} does, when it changed. Nothing half-read is
 * ever written: the snapshot is written whole, or not at all. A failure leaves
 * {@code input/} as it was, except that a page the reader refuses is kept under
 * {@code input/pages/} for a person to look at.
 */
public final class PageWatch {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final PageFetcher fetcher;

	private final PageRecords records;

	private final Path input;

	private final Clock clock;

	/**
	 * @param input the input folder: {@code snapshots/}, {@code pages/} and
	 * {@code regions.csv}
	 */
	public PageWatch(PageFetcher fetcher, PageRecords records, Path input, Clock clock) {
		this.fetcher = fetcher;
		this.records = records;
		this.input = input;
		this.clock = clock;
	}

	/** One page's content, as fetched now or as kept from the last time. */
	private record Content(String url, byte[] body, String charset, String sha256, boolean fetched,
			Optional<String> etag, Optional<String> lastModified) {

		String text() {
			return new String(this.body, charsetOf(this.charset));
		}

	}

	/**
	 * Fetches both pages; writes a caps snapshot if they changed.
	 * @param frenchUrl the French page, or empty
	 */
	public PageCheck check(String englishUrl, Optional<String> frenchUrl) {
		Optional<PageRecord> englishRecord = this.records.find(englishUrl);
		Optional<Instant> lastConfirmed = englishRecord.map(PageRecord::confirmedAt);
		Instant now = this.clock.instant();
		Content english;
		Optional<Content> french = Optional.empty();
		try {
			english = content(englishUrl, englishRecord);
			if (frenchUrl.isPresent()) {
				french = Optional.of(content(frenchUrl.get(), this.records.find(frenchUrl.get())));
			}
		}
		catch (FetchFailed ex) {
			return PageCheck.failed(lastConfirmed, ex.problem);
		}
		boolean changed = !english.sha256().equals(englishRecord.map(PageRecord::sha256).orElse(null)) || french
			.map((page) -> !page.sha256().equals(this.records.find(page.url()).map(PageRecord::sha256).orElse(null)))
			.orElse(false);
		if (!changed) {
			remember(english, null, now);
			french.ifPresent((page) -> remember(page, null, now));
			return new PageCheck(PageCheck.Status.UNCHANGED, Optional.of(now), Optional.empty(), Optional.empty());
		}
		Places regions = SnapshotReader.places(this.input.resolve("regions.csv"));
		Snapshot snapshot;
		try {
			snapshot = new PagePairReader(regions, this.clock).read(
					new PagePairReader.Page(english.url(), english.text()),
					french.map((page) -> new PagePairReader.Page(page.url(), page.text())), Optional.empty(),
					Optional.empty(), source(english, french));
		}
		catch (BadInputException ex) {
			// A new layout: keep what was fetched for a person to look at, write no
			// snapshot, and go on with the caps in force.
			Path kept = keep(english, now);
			french.ifPresent((page) -> keep(page, now));
			return PageCheck.failed(lastConfirmed,
					PageProblem.of(Kind.NEW_LAYOUT, ex.problems().get(0), kept.getParent()));
		}
		Path target = this.input.resolve("snapshots").resolve(snapshot.asOf() + ".json");
		String json = SnapshotJson.write(snapshot, regions);
		try {
			if (Files.exists(target) && !Files.readString(target).equals(json)) {
				return PageCheck.failed(lastConfirmed,
						PageProblem.of(Kind.DIFFERS_FROM_SNAPSHOT, snapshot.asOf(), target));
			}
			Path englishCopy = keep(english, now);
			Optional<Path> frenchCopy = french.map((page) -> keep(page, now));
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				Path part = target.resolveSibling("." + target.getFileName() + ".part");
				Files.writeString(part, json, StandardCharsets.UTF_8);
				Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
			}
			remember(english, englishCopy, now);
			french.ifPresent((page) -> remember(page, frenchCopy.orElseThrow(), now));
		}
		catch (IOException ex) {
			return PageCheck.failed(lastConfirmed, PageProblem.of(Kind.CANNOT_WRITE_SNAPSHOT, target, ex.getMessage()));
		}
		return new PageCheck(PageCheck.Status.CHANGED, Optional.of(now), Optional.empty(), Optional.of(target));
	}

	/**
	 * The page as it is now: fetched, or (304) the copy kept from the last answer, which
	 * is fetched again in full if it is gone.
	 */
	private Content content(String url, Optional<PageRecord> record) {
		Optional<Path> copy = record.map(PageRecord::copyPath).map(Path::of).filter(Files::isRegularFile);
		PageFetcher.Answer answer = this.fetcher.get(uri(url), copy.flatMap((path) -> record.map(PageRecord::etag)),
				copy.flatMap((path) -> record.map(PageRecord::lastModified)));
		if (answer instanceof PageFetcher.Answer.NotModified) {
			try {
				byte[] body = Files
					.readAllBytes(copy.orElseThrow(() -> new FetchFailed(Kind.UNASKED_NOT_MODIFIED, url)));
				return new Content(url, body, "UTF-8", SourceText.sha256(body), false, record.map(PageRecord::etag),
						record.map(PageRecord::lastModified));
			}
			catch (IOException ex) {
				throw new FetchFailed(Kind.COPY_UNREADABLE, url, copy.get());
			}
		}
		if (answer instanceof PageFetcher.Answer.Failed failed) {
			throw new FetchFailed(failed.problem());
		}
		PageFetcher.Answer.Page page = (PageFetcher.Answer.Page) answer;
		return new Content(url, page.body(), page.charset(), SourceText.sha256(page.body()), true, page.etag(),
				page.lastModified());
	}

	private static String source(Content english, Optional<Content> french) {
		return english.url() + " (SHA-256 " + english.sha256() + ")"
				+ french.map((page) -> ", " + page.url() + " (SHA-256 " + page.sha256() + ")").orElse("");
	}

	/**
	 * Keeps a fetched copy under {@code input/pages/}, named by its fetch time and
	 * checksum, with its URL beside it; a copy of the same content is kept once.
	 */
	private Path keep(Content content, Instant now) {
		Path pages = this.input.resolve("pages");
		String stem = content.sha256().substring(0, 16);
		try {
			Files.createDirectories(pages);
			try (var existing = Files.list(pages)) {
				Optional<Path> same = existing
					.filter((path) -> path.getFileName().toString().endsWith("-" + stem + ".html"))
					.findFirst();
				if (same.isPresent()) {
					return same.get();
				}
			}
			Path copy = pages.resolve(STAMP.format(now) + "-" + stem + ".html");
			Files.write(copy, content.body());
			Files.writeString(pages.resolve(STAMP.format(now) + "-" + stem + ".txt"), "url: " + content.url()
					+ "\nfetched: " + now + "\nsha256: " + content.sha256() + "\ncharset: " + content.charset() + "\n");
			return copy;
		}
		catch (IOException ex) {
			throw new FetchFailed(Kind.CANNOT_KEEP_COPY, pages, ex.getMessage());
		}
	}

	private void remember(Content content, Path copy, Instant now) {
		Optional<PageRecord> known = this.records.find(content.url());
		String copyPath = (copy != null) ? copy.toString() : known.map(PageRecord::copyPath).orElse(null);
		this.records.save(new PageRecord(content.url(), content.etag().orElse(null),
				content.lastModified().orElse(null), content.sha256(), copyPath, now));
	}

	private static URI uri(String url) {
		try {
			return URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new FetchFailed(Kind.NOT_A_URL, url);
		}
	}

	private static Charset charsetOf(String name) {
		try {
			return Charset.forName(name);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return StandardCharsets.UTF_8;
		}
	}

	/** A page that could not be had, in the words the report gives. */
	private static final class FetchFailed extends RuntimeException {

		private final transient PageProblem problem;

		FetchFailed(PageProblem problem) {
			super(problem.toString(), null, false, false);
			this.problem = problem;
		}

		FetchFailed(Kind kind, Object... values) {
			this(PageProblem.of(kind, values));
		}

	}

}
