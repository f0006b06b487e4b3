package cn.gridbot.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.withSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestState;
import cn.gridbot.app.support.Waits;
import cn.gridbot.resident.ResidentImporter;

/**
 * The database breaks off the demo county's first load (an external database restarting as GridBot starts): the
 * application still starts, the broken-off load leaves nothing half-made, and the county and its console accounts are
 * loaded once the database answers again, exactly once, whole, though the grid catalog refreshes all the while. The
 * break is a connection failure thrown by the resident import, the third step, after the grids and workers are written.
 */
@IntegrationTest
@Import(DemoCountyRetryIT.BrokenDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoCountyRetryIT {

    private static final AtomicBoolean databaseAway = new AtomicBoolean(true);
    private static final AtomicInteger residentImports = new AtomicInteger();
    private static Path dataDir;

    @DynamicPropertySource
    static void demoOn(DynamicPropertyRegistry registry) throws Exception {
        dataDir = Files.createTempDirectory("gridbot-demo-retry-");
        registry.add("gridbot.demo.enabled", () -> "true");
        registry.add("gridbot.demo.retry-interval", () -> "PT1S");
        registry.add("gridbot.data-dir", dataDir::toString);
        // The catalog's refresh runs all through the load: it must not empty the directory the load reads.
        registry.add("gridbot.grid.refresh-interval", () -> "PT0.05S");
    }

    @Autowired
    TestState state;
    @Autowired
    DemoCounty county;

    @Test
    void aLoadTheDatabaseBrokeOffLeavesNothingAndTheCountyIsLoadedOnceTheDatabaseIsBack() throws Exception {
        // The load at start-up found the shared test database as the tests before left it, or failed and is trying
        // again; the database is empty now (TestState), and this load fails like a start-up's and tries again.
        int before = residentImports.get();
        county.load();
        await(() -> residentImports.get() >= before + 3, "two more broken-off loads");
        assertThat(databaseAway).as("the application started while the load kept failing").isTrue();
        assertThat(state.count("grid_unit")).as("grids written before the break are rolled back").isZero();
        assertThat(state.count("worker")).as("workers written before the break are rolled back").isZero();
        assertThat(state.count("console_user")).as("no accounts before the county").isZero();

        databaseAway.set(false);
        await(() -> state.count("console_user") == 2, "the demo's two console accounts");
        int grids = state.count("grid_unit");
        int workers = state.count("worker");
        int residents = state.count("resident");
        int events = state.count("grid_event");
        assertThat(grids).isPositive();
        assertThat(workers).isPositive();
        assertThat(residents).isPositive();
        assertThat(events).isGreaterThanOrEqualTo(DemoEvents.EVENTS);
        assertThat(state.count("register_record")).as("the registers, whose rows name grids").isPositive();
        assertThat(dataDir.resolve(DemoAccounts.PASSWORD_FILE)).exists();

        int imports = residentImports.get();
        Thread.sleep(Duration.ofSeconds(3).toMillis());
        assertThat(residentImports.get()).as("no load after the one that worked").isEqualTo(imports);
        assertThat(new int[] { state.count("grid_unit"), state.count("worker"), state.count("resident"),
                state.count("grid_event") }).containsExactly(grids, workers, residents, events);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        assertThat(Waits.within(Duration.ofSeconds(60), condition)).as("waited 60 s for " + what).isTrue();
    }

    /** Replaces the resident importer (its transaction proxy) with a spy that fails while the database is "away". */
    @TestConfiguration
    static class BrokenDatabase {

        @Bean
        static BeanPostProcessor residentImportFails() {
            return new FailingResidentImport();
        }
    }

    static final class FailingResidentImport implements BeanPostProcessor, PriorityOrdered {

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!(bean instanceof ResidentImporter importer)) {
                return bean;
            }
            return Mockito.mock(importer.getClass(), withSettings().spiedInstance(importer).defaultAnswer(call -> {
                if (call.getMethod().getName().equals("importCsv")) {
                    residentImports.incrementAndGet();
                    if (databaseAway.get()) {
                        throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                                new SQLTransientConnectionException("Connection refused"));
                    }
                }
                return Answers.CALLS_REAL_METHODS.answer(call);
            }));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
