package dev.pillid.search.structures;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Scratch space reused from search to search, one per search in flight, made when none is free.
 * A queue rather than a ThreadLocal: request threads hold many thread-locals, and looking one up
 * among them costs more than taking from a queue.
 */
public final class ScratchPool<T> {

    private final ConcurrentLinkedQueue<T> free = new ConcurrentLinkedQueue<>();
    private final Supplier<T> make;

    public ScratchPool(Supplier<T> make) {
        this.make = make;
    }

    public T take() {
        T scratch = free.poll();
        return scratch != null ? scratch : make.get();
    }

    public void give(T scratch) {
        free.offer(scratch);
    }
}
