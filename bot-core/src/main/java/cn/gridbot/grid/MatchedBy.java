package cn.gridbot.grid;

/** How an event's unit was found (README "Conversation"), in the order they are tried. */
public enum MatchedBy {
    LOCATION, KEYWORD, REGISTERED, NONE
}
