package cn.gridbot.grid;

import cn.gridbot.common.scheduling.Schedulers;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Holds the current {@link GridDirectory}. Reloads after an import on this instance and, for imports
 * on other instances, whenever the register's fingerprint changes.
 */
@Component
public class GridCatalog {

    private static final Logger log = LoggerFactory.getLogger(GridCatalog.class);

    private final GridUnits units;
    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot("", GridDirectory.empty()));

    private record Snapshot(String fingerprint, GridDirectory directory) {
    }

    GridCatalog(GridUnits units) {
        this.units = units;
    }

    public GridDirectory directory() {
        Snapshot snapshot = current.get();
        if (snapshot.fingerprint().isEmpty()) {
            return reload();
        }
        return snapshot.directory();
    }

    public synchronized GridDirectory reload() {
        String fingerprint = units.fingerprint();
        GridDirectory directory = GridDirectory.of(units.findAll());
        current.set(new Snapshot(fingerprint, directory));
        log.info("Grid directory loaded: {} units", directory.all().size());
        return directory;
    }

    /**
     * Runs {@code change}, which changes the grid register in a transaction of its own and reads the directory it makes
     * with {@link #reload()} before it commits, while no refresh may replace that directory: a refresh on another thread
     * reads the register outside the transaction, without the new grids, and would leave the rest of the change
     * routing to none (the demo county's load, which is one transaction, met this). {@link #directory()} goes on
     * answering meanwhile.
     */
    public synchronized void whileChanging(Runnable change) {
        change.run();
    }

    @Scheduled(fixedDelayString = "${gridbot.grid.refresh-interval:PT15S}", scheduler = Schedulers.HOUSEKEEPING)
    void refreshWhenChanged() {
        if (!units.fingerprint().equals(current.get().fingerprint())) {
            reload();
        }
    }
}
