package cn.gridbot.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gridbot.common.ImportReport;
import cn.gridbot.common.scheduling.Schedulers;
import cn.gridbot.common.scheduling.UntilReachable;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridImportReport;
import cn.gridbot.grid.GridImporter;
import cn.gridbot.register.RegisterImporter;
import cn.gridbot.register.RegisterKind;
import cn.gridbot.resident.ResidentImporter;
import cn.gridbot.worker.WorkerImporter;

/**
 * Loads the demo county through the same importers the admin API uses, with patrols since the first day of the previous
 * month, a month of events and the workers' self-reports, once: only when the grid register is empty, so a restart
 * keeps what the user changed and adds nothing. Then the demo's console accounts ({@link DemoAccounts}).
 * <p>
 * The county is loaded in one transaction: a load the database broke off leaves nothing half-made that the next
 * start would take for a loaded county. The grid directory is held meanwhile ({@link GridCatalog#whileChanging}), so
 * that the catalog's scheduled refresh, which cannot see the uncommitted grids, does not empty it halfway. While the
 * database cannot be reached (an external database restarted as GridBot starts) the application does not stop: it
 * logs one line and tries again every {@code gridbot.demo.retry-interval} until the county is loaded. The grid
 * directory read inside a broken-off load holds its grids until {@link GridCatalog}'s refresh sees they are gone.
 */
@Component
@ConditionalOnProperty(name = "gridbot.demo.enabled", havingValue = "true")
class DemoCounty implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);

    private final GridCatalog catalog;
    private final GridImporter grids;
    private final WorkerImporter workers;
    private final ResidentImporter residents;
    private final DemoPatrols patrols;
    private final DemoEvents events;
    private final RegisterImporter registers;
    private final DemoAccounts accounts;
    private final TransactionTemplate transaction;
    private final TaskScheduler scheduler;
    private final Duration retry;

    DemoCounty(GridCatalog catalog, GridImporter grids, WorkerImporter workers, ResidentImporter residents,
            DemoPatrols patrols, DemoEvents events, RegisterImporter registers, DemoAccounts accounts,
            PlatformTransactionManager transactions, @Qualifier(Schedulers.HOUSEKEEPING) TaskScheduler scheduler,
            @Value("${gridbot.demo.retry-interval:PT30S}") Duration retry) {
        this.registers = registers;
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
        this.scheduler = scheduler;
        this.retry = retry;
        this.catalog = catalog;
        this.grids = grids;
        this.workers = workers;
        this.residents = residents;
        this.patrols = patrols;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the county and its accounts, or, when the database is not reachable, tries again later. */
    void load() {
        UntilReachable.run("Demo county", () -> {
            catalog.whileChanging(() -> transaction.executeWithoutResult(status -> loadWhenEmpty()));
            accounts.create();
        }, scheduler, retry);
    }

    private void loadWhenEmpty() {
        if (!catalog.reload().isEmpty()) {
            return;
        }
        GridImportReport units = grids.importGeoJson(new String(read("demo/grids.geojson"), StandardCharsets.UTF_8));
        ImportReport staff = workers.importCsv(read("demo/workers.csv"));
        ImportReport people = residents.importCsv(read("demo/residents.csv"));
        catalog.reload();
        int rounds = patrols.record();
        int reports = events.record();
        int found = patrols.recordSelfReports();
        log.info("Demo county loaded: {} units, {} workers, {} residents, {} patrols, {} events, {} self-reports",
                units.created(), staff.imported(), people.imported(), rounds, reports, found);
        for (RegisterKind kind : RegisterKind.values()) {
            ImportReport records = registers.importCsv(kind, read("demo/registers/" + kind.name().toLowerCase() + ".csv"));
            if (!records.rejected().isEmpty()) {
                log.warn("Demo {} register had rejected rows: {}", kind, records.rejected());
            }
        }
        if (!units.rejected().isEmpty() || !staff.rejected().isEmpty() || !people.rejected().isEmpty()) {
            log.warn("Demo data had rejected rows: units {}, workers {}, residents {}", units.rejected(), staff.rejected(),
                    people.rejected());
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Demo resource " + resource + " is missing from the jar", e);
        }
    }
}
