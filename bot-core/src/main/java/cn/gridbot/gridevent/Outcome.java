package cn.gridbot.gridevent;

/** How the event was handled (the worker's resolution) and how the resident rated it (null: not yet). */
public record Outcome(String resolution, Integer rating) {

    static final Outcome NONE = new Outcome(null, null);
}
