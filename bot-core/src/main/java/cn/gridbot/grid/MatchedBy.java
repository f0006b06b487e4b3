package cn.gridbot.grid;

/** How an event's unit was found (SPEC §4.2), in the order they are tried. */
public enum MatchedBy {
    LOCATION, KEYWORD, REGISTERED, NONE
}
