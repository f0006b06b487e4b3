package cn.gridbot.gridevent;

import java.time.Instant;

/** A follow-up call (电话回访) to the reporter of a handled event, and what they said. */
public record FollowUp(String eventNumber, String unitPath, Result result, String note, Instant calledAt, String calledBy) {

    public enum Result {
        SATISFIED("满意"), UNSATISFIED("不满意"), UNREACHED("未接通");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
