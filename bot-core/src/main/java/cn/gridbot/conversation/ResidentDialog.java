package cn.gridbot.conversation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gridbot.conversation.DialogState.Awaiting;
import cn.gridbot.conversation.DialogState.Photo;
import cn.gridbot.conversation.DialogState.Place;

/** The resident side of the conversation (README "Conversation"): each message kind, the commands, the complaint flow. */
@Component
class ResidentDialog {

    private final DialogStore store;
    private final ComplaintFlow complaints;
    private final ResidentQueries queries;
    private final ResidentCommands commands;

    ResidentDialog(DialogStore store, ComplaintFlow complaints, ResidentQueries queries, ResidentCommands commands) {
        this.store = store;
        this.complaints = complaints;
        this.queries = queries;
        this.commands = commands;
    }

    Handled handle(InboundMessage message) {
        return switch (message.kind()) {
            case EVENT -> onEvent(message);
            case TEXT, VOICE -> onWords(message);
            case IMAGE -> onPhoto(message);
            case LOCATION -> onLocation(message);
            default -> Handled.reply(Replies.UNSUPPORTED);
        };
    }

    private Handled onEvent(InboundMessage message) {
        String event = message.event() == null ? "" : message.event().toLowerCase();
        return switch (event) {
            case "subscribe" -> Handled.reply(Replies.WELCOME);
            case "click" -> onMenu(message);
            default -> new Handled(Reply.none(), null);
        };
    }

    /** Menu buttons send the same commands a user can type. */
    private Handled onMenu(InboundMessage message) {
        String key = message.eventKey() == null ? "" : message.eventKey().strip().toUpperCase();
        return switch (key) {
            case "MY_EVENTS", "PROGRESS", "进度", "我的" -> queries.myEvents(message.openid());
            case "REPORT", "反映问题" -> Handled.reply(Replies.REPORT_PROMPT);
            case "RATE", "评价" -> Handled.reply("事件办结后,直接回复 1-5 的数字即可为最近办结的事件打分;或回复「评价 编号 分数」。");
            default -> Handled.reply(Replies.HELP);
        };
    }

    private Handled onPhoto(InboundMessage message) {
        DialogState state = store.load(message.openid());
        return keep(message.openid(), state, complaints.photo(message.openid(),
                new Photo(message.mediaId(), message.picUrl()), state));
    }

    private Handled onLocation(InboundMessage message) {
        if (message.location() == null) {
            return Handled.reply("没有读到位置信息,请重新发送位置,或直接回复地址。");
        }
        Place place = new Place(message.location(), message.label());
        DialogState state = store.load(message.openid());
        return keep(message.openid(), state, complaints.location(message.openid(), place, state));
    }

    private Handled onWords(InboundMessage message) {
        String openid = message.openid();
        String words = message.words();
        if (words.isEmpty()) {
            return Handled.reply(message.kind() == MessageKind.VOICE ? Replies.VOICE_UNHEARD : Replies.EMPTY);
        }
        DialogState state = store.load(openid);
        Optional<Command> command = Command.parse(words);
        if (command.isEmpty()) {
            return keep(openid, state, complaints.words(openid, words, state));
        }
        Command c = command.get();
        if (c instanceof Command.Help) {
            return Handled.reply(Replies.HELP);
        }
        if (c instanceof Command.MyEvents) {
            return queries.myEvents(openid);
        }
        if (c instanceof Command.Query q) {
            return queries.query(q.number(), openid);
        }
        if (c instanceof Command.Rate r) {
            return commands.rate(r.number(), openid, r.score());
        }
        if (c instanceof Command.Skip) {
            return keep(openid, state, complaints.skip(openid, state));
        }
        if (c instanceof Command.Bind) {
            return Handled.reply(WorkerReplies.HOW_TO_BIND);
        }
        if (c instanceof Command.Withdraw w) {
            return withdraw(openid, w, state);
        }
        return digit(openid, ((Command.Digit) c).value(), words, state);
    }

    /** A bare digit answers the category menu when it is open, else rates the latest resolved event. */
    private Handled digit(String openid, int value, String words, DialogState state) {
        if (state.awaiting() == Awaiting.CATEGORY && state.draft() != null) {
            return keep(openid, state, complaints.chooseCategory(openid, value, state));
        }
        if (value <= 5) {
            return commands.rateLatest(openid, value);
        }
        return keep(openid, state, complaints.words(openid, words, state));
    }

    private Handled withdraw(String openid, Command.Withdraw w, DialogState state) {
        if (w.number() != null) {
            return commands.withdraw(w.number(), openid);
        }
        if (state.draft() != null || !state.photos().isEmpty()) {
            store.save(openid, state.cleared());
            return Handled.reply(Replies.DRAFT_DROPPED);
        }
        return Handled.reply(Replies.NOTHING_PENDING);
    }

    /** Stores the state the message left, when it changed: in the message's transaction, like its other effects. */
    private Handled keep(String openid, DialogState before, ComplaintFlow.Outcome outcome) {
        if (!outcome.state().equals(before)) {
            store.save(openid, outcome.state());
        }
        return outcome.handled();
    }
}
