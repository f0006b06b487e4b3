package cn.gridbot.gridevent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.grid.GridMatch;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.grid.MatchedBy;
import cn.gridbot.grid.UnitLevel;

/** Test-data builders for events, in the domain's words: {@code anEvent().inGrid("G1").assignedTo("W1").build()}. */
public final class GridEventTestData {

    public static final Instant NOON = Instant.parse("2026-11-27T04:00:00Z");

    private GridEventTestData() {
    }

    public static Builder anEvent() {
        return new Builder();
    }

    public static GridUnit grid(String code) {
        return new GridUnit(code, code + "网格", UnitLevel.GRID, "C1", "/T/C1/" + code + "/", List.of(), null);
    }

    /** Builds an event and moves it through its lifecycle. */
    public static final class Builder {

        private String number = "20261127-0001";
        private Category category = Category.MUNICIPAL;
        private String gridCode = "G1";
        private GridUnit unit;
        private String worker;
        private boolean accepted;
        private boolean resolved;

        public Builder numbered(String n) {
            number = n;
            return this;
        }

        public Builder about(Category c) {
            category = c;
            return this;
        }

        public Builder inGrid(String code) {
            gridCode = code;
            return this;
        }

        /** In this unit of a tree of the test's own. */
        public Builder in(GridUnit inUnit) {
            unit = inUnit;
            return this;
        }

        public Builder assignedTo(String workerCode) {
            worker = workerCode;
            return this;
        }

        public Builder accepted() {
            accepted = true;
            return this;
        }

        public Builder resolved() {
            accepted = true;
            resolved = true;
            return this;
        }

        public GridEvent build() {
            GridUnit place = unit != null ? unit : grid(gridCode);
            GridEvent event = GridEvent.report(number, new NewReport("下水道堵了", new Classification(category, 0.9),
                    category == Category.EMERGENCY, new GridMatch(place, MatchedBy.KEYWORD), "o-resident", Source.RESIDENT,
                    null, null), place, Actor.RESIDENT, NOON);
            if (worker != null) {
                event.assignTo(worker, new Deadlines(NOON.plus(Duration.ofHours(4)), NOON.plus(Duration.ofDays(3))),
                        Actor.SYSTEM, NOON, null);
            }
            if (accepted) {
                event.accept(Actor.worker(worker), NOON.plusSeconds(600));
            }
            if (resolved) {
                event.resolve(Actor.worker(worker), "已疏通", NOON.plusSeconds(3600));
            }
            return event;
        }
    }
}
