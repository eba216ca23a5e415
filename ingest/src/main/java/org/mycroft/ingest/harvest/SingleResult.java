package org.mycroft.ingest.harvest;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Waits for the one item of a single-result publisher (the client's response), with a deadline.
 * On timeout the subscription is cancelled, which aborts the request; a response that still
 * arrives afterwards is closed so that its connection is not leaked.
 */
final class SingleResult {

    private SingleResult() {}

    static <T> T await(Publisher<T> publisher, Duration timeout)
            throws TimeoutException, ExecutionException, InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicReference<Subscription> subscription = new AtomicReference<>();
        publisher.subscribe(new Subscriber<T>() {
            @Override
            public void onSubscribe(Subscription s) {
                subscription.set(s);
                s.request(1);
            }

            @Override
            public void onNext(T item) {
                if (!result.complete(item)) {
                    closeQuietly(item);
                }
            }

            @Override
            public void onError(Throwable t) {
                result.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                result.completeExceptionally(new NoSuchElementException("no response"));
            }
        });
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            if (!result.completeExceptionally(e)) {
                return result.join(); // it arrived just now
            }
            Subscription s = subscription.get();
            if (s != null) {
                s.cancel();
            }
            throw e;
        }
    }

    private static void closeQuietly(Object item) {
        if (item instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException | RuntimeException ignored) {
                // nobody is waiting for it any more
            }
        }
    }
}
