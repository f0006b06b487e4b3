package cn.gridbot.conversation;

/** Turns one message into its effects and a reply. Runs inside the message's transaction. */
public interface Dialog {

    Handled handle(InboundMessage message);
}
