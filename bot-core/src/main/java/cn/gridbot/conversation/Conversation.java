package cn.gridbot.conversation;

import org.springframework.stereotype.Component;

/** Sends each message to the side of the conversation its sender is on. */
@Component
class Conversation implements Dialog {

    private final ResidentDialog residents;

    Conversation(ResidentDialog residents) {
        this.residents = residents;
    }

    @Override
    public Handled handle(InboundMessage message) {
        return residents.handle(message);
    }
}
