package dev.pillid.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

final class CatalogProducers {

    @Produces
    @Singleton
    Vocabularies vocabularies(ObjectMapper json) {
        return Vocabularies.bundled(json);
    }

    /**
     * One task at a time keeps imports in submission order and makes the last catalog saved the
     * newest. No context is carried over from the thread that queues a task: a task outlives the
     * request (and any transaction) it was queued from.
     */
    @Produces
    @Singleton
    @BackgroundWork
    ManagedExecutor backgroundWork() {
        return ManagedExecutor.builder().maxAsync(1).propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    }

    /**
     * A stop interrupts the task running and drops those queued: an import cut short stored
     * nothing, and is marked failed when the database answers next (ImportJobRepository.failInterrupted).
     */
    void stopBackgroundWork(@Disposes @BackgroundWork ManagedExecutor executor) {
        executor.shutdownNow();
    }
}
