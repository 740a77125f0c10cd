package ca.peaceops.fillrate.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body kept in memory up to a limit: a server that sends more than any page is
 * cut off (and the connection closed) instead of filling the heap, and a body still
 * arriving when the fetch gives up can be stopped ({@link #cancel()}).
 */
final class LimitedBody implements BodySubscriber<byte[]> {

	/** The body went past the limit. */
	static final class TooLargeException extends IOException {

		TooLargeException(long limit) {
			super("over " + limit + " bytes");
		}

	}

	private final long limit;

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final CompletableFuture<byte[]> body = new CompletableFuture<>();

	private volatile Flow.Subscription subscription;

	LimitedBody(long limit) {
		this.limit = limit;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		if (this.body.isDone()) {
			// Cut off already: what is still in flight is dropped.
			return;
		}
		for (ByteBuffer buffer : buffers) {
			if (this.bytes.size() + (long) buffer.remaining() > this.limit) {
				cancel();
				this.body.completeExceptionally(new TooLargeException(this.limit));
				return;
			}
			byte[] chunk = new byte[buffer.remaining()];
			buffer.get(chunk);
			this.bytes.writeBytes(chunk);
		}
	}

	@Override
	public void onError(Throwable failure) {
		this.body.completeExceptionally(failure);
	}

	@Override
	public void onComplete() {
		this.body.complete(this.bytes.toByteArray());
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.body;
	}

	/** Stops reading: the client closes the connection. */
	void cancel() {
		Flow.Subscription current = this.subscription;
		if (current != null) {
			current.cancel();
		}
	}

}
