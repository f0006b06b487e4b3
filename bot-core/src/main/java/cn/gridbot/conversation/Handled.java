package cn.gridbot.conversation;

/** The outcome of one message: the reply, and the number of the event it created or changed, if any. */
public record Handled(Reply reply, String eventNumber) {

    public static Handled reply(String text) {
        return new Handled(Reply.of(text), null);
    }

    public static Handled about(String eventNumber, String text) {
        return new Handled(Reply.of(text), eventNumber);
    }
}
