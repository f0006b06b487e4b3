package cn.gridbot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.mockito.Mockito;

import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.classify.Classifier;
import cn.gridbot.common.GridbotSettings;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridTestData;
import cn.gridbot.gridevent.EventFixture;
import cn.gridbot.gridevent.InMemoryGridEvents;
import cn.gridbot.notify.InMemoryOutbox;
import cn.gridbot.patrol.PatrolTestData;
import cn.gridbot.resident.ResidentTestData;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.WorkerBinding;
import cn.gridbot.worker.WorkerTestData;

/**
 * The whole conversation on in-memory stores and a classifier the test controls: plain JUnit, no
 * Spring, no database. The county is {@link GridTestData#county()}; worker W1 serves grid T-E-1-L, D1 is on duty
 * at 东城镇's centre.
 */
final class DialogFixture {

    static final String WORKER_OPENID = "o-worker-1";
    /** The on-duty staff of 东城镇's centre, who are told of urgent events. */
    static final String CENTRE_OPENID = "o-centre-1";

    final InMemoryGridEvents events = new InMemoryGridEvents();
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final WorkerTestData.InMemoryWorkers workers = new WorkerTestData.InMemoryWorkers(
            new Worker("W1", "张莉", "13800000001", "T-E-1-L", WORKER_OPENID, true),
            new Worker("W2", "李强", "13800000002", "T-E-1-N", null, true),
            new Worker("D1", "王调度", "13800000009", "T-E", CENTRE_OPENID, true));
    final ResidentTestData.InMemoryResidents residents = new ResidentTestData.InMemoryResidents();
    final Map<String, DialogState> states = new ConcurrentHashMap<>();
    final PatrolTestData.InMemoryPatrols patrols = new PatrolTestData.InMemoryPatrols();
    final AtomicLong now = new AtomicLong(Instant.parse("2026-11-25T02:00:00Z").toEpochMilli());
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };
    Function<String, Classification> classify;
    final Conversation conversation;
    final WorkerBinding binding;
    private final AtomicLong msgIds = new AtomicLong(1000);

    DialogFixture(Function<String, Classification> classifier) {
        this.classify = classifier;
        GridbotSettings settings = new GridbotSettings(ZoneId.of("Asia/Shanghai"));
        GridCatalog grids = GridTestData.catalog(GridTestData.county());
        EventFixture uses = new EventFixture(events, EventFixture.counter(), workers, outbox, grids, clock, settings);
        DialogStore store = new DialogStore() {
            @Override
            public DialogState load(String openid) {
                return states.getOrDefault(openid, DialogState.fresh());
            }

            @Override
            public void save(String openid, DialogState state) {
                states.put(openid, state);
            }
        };
        Classifier classifierPort = text -> classify.apply(text);
        var router = GridTestData.router(grids, openid -> Optional.ofNullable(openid.equals("o-registered") ? "T-E-1-N" : null));
        ComplaintFlow flow = new ComplaintFlow(classifierPort, router, uses.intake, uses.actions,
                new ComplaintReplies(grids, events), new ConversationSettings(Duration.ofMinutes(30), 0.45, 0.2, Duration.ofMinutes(5)));
        ResidentDialog residentDialog = new ResidentDialog(store,
                flow, new ResidentQueries(events, uses.actions, grids, workers, settings), new ResidentCommands(uses.actions));
        CareCommands care = new CareCommands(ResidentTestData.visits(residents, clock, settings), residents);
        SelfReportCommands selfReports = new SelfReportCommands(uses.selfReports, events, classifierPort, router, grids, store);
        PatrolCommands patrolCommands = new PatrolCommands(PatrolTestData.patrolling(patrols, grids, clock),
                PatrolTestData.DEFAULTS, settings, clock);
        WorkerDialog workerDialog = new WorkerDialog(uses.workerActions, uses.extensions, events, store, care, selfReports,
                patrolCommands, Mockito.mock(RegisterCommands.class), settings, clock);
        binding = WorkerTestData.binding(workers, clock);
        conversation = new Conversation(residentDialog, workerDialog, workers, binding, grids);
    }

    /** A binding code issued for the worker, as an admin would get it. */
    String bindingCode(String workerCode) {
        return binding.issue(workers.findByCode(workerCode).orElseThrow(), "test").code();
    }

    void advance(Duration by) {
        now.addAndGet(by.toMillis());
    }

    String text(String openid, String words) {
        return send(message(openid, MessageKind.TEXT, words, null, null, null, null));
    }

    String voice(String openid, String recognition) {
        return send(message(openid, MessageKind.VOICE, null, recognition, null, null, null));
    }

    String image(String openid) {
        return send(message(openid, MessageKind.IMAGE, null, null, null, null, null));
    }

    String location(String openid, double lon, double lat, String label) {
        return send(message(openid, MessageKind.LOCATION, null, null, new GeoPoint(lon, lat), label, null));
    }

    String event(String openid, String event, String key) {
        return send(new InboundMessage(openid, MessageKind.EVENT, now.get() / 1000, null, null, null, null, null, null,
                null, event, key));
    }

    String other(String openid, MessageKind kind) {
        return send(message(openid, kind, null, null, null, null, null));
    }

    private InboundMessage message(String openid, MessageKind kind, String content, String recognition, GeoPoint point,
            String label, String unused) {
        long id = msgIds.incrementAndGet();
        return new InboundMessage(openid, kind, now.get() / 1000, Long.toString(id), content, recognition,
                kind == MessageKind.IMAGE ? "http://img/" + id : null, "media-" + id, point, label, null, null);
    }

    private String send(InboundMessage message) {
        return conversation.handle(message).reply().text();
    }

    /** A classifier for tests: the first rule whose word the text contains decides; otherwise OTHER. */
    static Function<String, Classification> rules(Object... wordCategoryConfidence) {
        return text -> {
            for (int i = 0; i < wordCategoryConfidence.length; i += 3) {
                if (text.contains((String) wordCategoryConfidence[i])) {
                    return new Classification((Category) wordCategoryConfidence[i + 1],
                            (Double) wordCategoryConfidence[i + 2]);
                }
            }
            return new Classification(Category.OTHER, 0.9);
        };
    }
}
