package cn.gridbot.conversation;

/** Keeps each user's {@link DialogState} between messages. */
public interface DialogStore {

    /** The user's state, or a fresh one when there is none (or it expired). */
    DialogState load(String openid);

    void save(String openid, DialogState state);
}
