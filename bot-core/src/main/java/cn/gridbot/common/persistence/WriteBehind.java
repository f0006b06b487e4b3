package cn.gridbot.common.persistence;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes that nothing reads before their transaction ends — statistics counters, outbox rows, the message log —
 * kept with the transaction and written just before it commits, each kind as one multi-row statement (README
 * "Throughput"). Many messages' writes in one transaction ({@link GroupCommit}) thus cost one statement per kind,
 * counter rows merged, and a hot counter row is locked only for the moment before the commit. A rollback drops
 * them with the rest. Outside a transaction a write happens at once.
 */
public final class WriteBehind {

    private WriteBehind() {
    }

    /** One kind of pending writes of a transaction. */
    public interface Pending {

        /**
         * Writes everything added since it last wrote, in an order that is the same for every transaction (rows
         * locked in key order). It is called again when more is added after a {@link #flush}.
         */
        void write();

        /**
         * When this kind is written relative to the others, lowest first; kinds keep one order across transactions
         * so that two committing at once take their locks in the same order.
         */
        int order();
    }

    /**
     * Adds to the current transaction's pending writes of {@code kind}, made by {@code create} the first time;
     * outside a transaction, makes them, adds and writes at once.
     */
    public static <P extends Pending> void add(Class<P> kind, Supplier<P> create, Consumer<P> addition) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            P now = create.get();
            addition.accept(now);
            now.write();
            return;
        }
        addition.accept(pendingOf(kind, create));
    }

    /**
     * Writes the current transaction's pending writes of {@code kind} now, if it has any: for a read in the same
     * transaction that must see them.
     */
    public static void flush(Class<? extends Pending> kind) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
                if (s instanceof Flush flush && kind.isInstance(flush.pending)) {
                    flush.pending.write();
                }
            }
        }
    }

    /**
     * Looked up among the transaction's own synchronizations rather than bound as a resource: a transaction
     * started inside another (REQUIRES_NEW) sees only its own.
     */
    private static <P extends Pending> P pendingOf(Class<P> kind, Supplier<P> create) {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Flush flush && kind.isInstance(flush.pending)) {
                return kind.cast(flush.pending);
            }
        }
        P pending = create.get();
        TransactionSynchronizationManager.registerSynchronization(new Flush(pending));
        return pending;
    }

    private record Flush(Pending pending) implements TransactionSynchronization {

        @Override
        public void beforeCommit(boolean readOnly) {
            pending.write();
        }

        @Override
        public int getOrder() {
            return pending.order();
        }
    }
}
