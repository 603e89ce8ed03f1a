package io.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two requests of one account at the same moment, each on its own thread in its own transaction on the real
 * database: the first makes its change and holds its transaction open, as a slow request would, while the second
 * makes its own; then the first commits. A test using it is not transactional itself: the threads must see each
 * other's commits.
 */
public class Race {

    private final SignIn signIn;
    private final PlatformTransactionManager transactions;

    public Race(SignIn signIn, PlatformTransactionManager transactions) {
        this.signIn = signIn;
        this.transactions = transactions;
    }

    /**
     * Runs {@code first} and, while its transaction is still open, {@code second}, both signed in as
     * {@code username}. The first must go through; what the second threw is returned ({@code null} when it went
     * through too).
     */
    public Exception secondWhileFirstIsOpen(String username, Runnable first, Runnable second) throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> firstResult = pool.submit(() -> {
                signIn.as(username);
                try {
                    new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        first.run();
                        firstDone.countDown();
                        await(firstMayCommit);
                    });
                } finally {
                    signIn.out();
                }
                return null;
            });
            assertThat(firstDone.await(30, TimeUnit.SECONDS)).as("the first change is made").isTrue();
            Future<Exception> secondResult = pool.submit(() -> {
                signIn.as(username);
                try {
                    second.run();
                    return null;
                } catch (RuntimeException e) {
                    return e;
                } finally {
                    signIn.out();
                }
            });
            // the second must reach the database while the first still holds its transaction
            Thread.sleep(1000);
            firstMayCommit.countDown();
            firstResult.get(60, TimeUnit.SECONDS);
            return secondResult.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
