package cn.gridbot.conversation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.classify.Classifier;
import cn.gridbot.conversation.DialogState.Awaiting;
import cn.gridbot.conversation.DialogState.Draft;
import cn.gridbot.conversation.DialogState.Photo;
import cn.gridbot.conversation.DialogState.Place;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.GridMatch;
import cn.gridbot.grid.GridRouter;
import cn.gridbot.grid.MatchedBy;
import cn.gridbot.gridevent.Actor;
import cn.gridbot.gridevent.EventIntake;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.NewReport;
import cn.gridbot.gridevent.ResidentActions;
import cn.gridbot.gridevent.Source;

/**
 * A resident's complaint on its way to becoming an event: classified, located (asking for the place when the text
 * does not give it, or for the category when the classifier is unsure, the close candidates first), then created
 * with the photos and location sent along. Emergencies, suspected ones included, never wait: they are created at
 * once as urgent, wherever they are. A message that is no complaint (thanks, a greeting, a question) but whose danger
 * the classifier does not rule out is told what to do if it is happening now and asked what it is about, once; a
 * complaint with such a danger that still waits for the resident's answer is filed anyway when its follow-up comes.
 */
@Component
class ComplaintFlow {

    /** A complaint in its own right, rather than an answer to "where is it?". */
    private static final double NEW_COMPLAINT_CONFIDENCE = 0.6;
    private static final int NEW_COMPLAINT_LENGTH = 12;

    /** The reply and the state to keep. */
    record Outcome(Handled handled, DialogState state) {
    }

    private final Classifier classifier;
    private final GridRouter router;
    private final EventIntake intake;
    private final ResidentActions actions;
    private final ComplaintReplies replies;
    private final ConversationSettings settings;

    ComplaintFlow(Classifier classifier, GridRouter router, EventIntake intake, ResidentActions actions,
            ComplaintReplies replies, ConversationSettings settings) {
        this.classifier = classifier;
        this.router = router;
        this.intake = intake;
        this.actions = actions;
        this.replies = replies;
        this.settings = settings;
    }

    Outcome words(String openid, String text, DialogState state) {
        if (state.awaiting() == Awaiting.LOCATION && state.draft() != null) {
            return placeForDraft(openid, text, state);
        }
        if (state.awaiting() == Awaiting.CATEGORY && state.draft() != null) {
            return complaint(openid, state.draft().text() + " " + text, state.awaiting(Awaiting.NOTHING, null), false);
        }
        return complaint(openid, text, state);
    }

    Outcome complaint(String openid, String text, DialogState state) {
        return complaint(openid, text, state, true);
    }

    /**
     * {@code mayAskAboutDanger}: false for the words that answered the category question, so that a resident who
     * answers it with another remark is not asked again.
     */
    private Outcome complaint(String openid, String text, DialogState state, boolean mayAskAboutDanger) {
        Classification c = Preclassified.classify(classifier, text);
        if (!c.category().actionable()) {
            if (mayAskAboutDanger && c.dangerNotRuledOut()) {
                return dangerAsked(text, c, state);
            }
            return new Outcome(Handled.reply(thanks(text) ? Replies.THANKS : Replies.GREETING), state);
        }
        if (CategoryQuestion.needed(c, settings)) {
            CategoryQuestion question = CategoryQuestion.about(c, settings.askWithinMargin());
            return new Outcome(Handled.reply(dangerFirst(c.dangerNotRuledOut(), text, question.text())),
                    state.awaiting(Awaiting.CATEGORY,
                    new Draft(text, null, c.confidence(), question.choices(), question.close(), c.dangerNotRuledOut())));
        }
        return submitOrAsk(openid, new Draft(text, c.category(), c.confidence(), c.dangerNotRuledOut()), state);
    }

    /**
     * No complaint as the classifier reads it, yet a danger happening now is not ruled out (README "The reply as a
     * safety net"): what to do if it is, then the category question, its last choice 紧急求助. The number answered
     * files the event, which its worker and centre are asked to check.
     */
    private Outcome dangerAsked(String text, Classification c, DialogState state) {
        CategoryQuestion question = CategoryQuestion.about(c, settings.askWithinMargin());
        return new Outcome(Handled.reply(dangerFirst(true, text, "如需网格员处理," + question.text())),
                state.awaiting(Awaiting.CATEGORY,
                new Draft(text, null, c.confidence(), question.choices(), question.close(), true)));
    }

    /** The number the resident answered to the category question, in the order the question offered them. */
    Outcome chooseCategory(String openid, int choice, DialogState state) {
        Draft draft = state.draft();
        CategoryQuestion question = draft.choices() == null ? CategoryQuestion.menu()
                : new CategoryQuestion(draft.choices(), draft.close());
        if (choice < 1 || choice > question.choices().size()) {
            return new Outcome(Handled.reply(question.text()), state);
        }
        Draft chosen = new Draft(draft.text(), question.choices().get(choice - 1), 1.0, draft.dangerNotRuledOut());
        return submitOrAsk(openid, chosen, state.awaiting(Awaiting.NOTHING, null));
    }

    /**
     * A complaint whose danger was not ruled out, still waiting for the resident's answer when its follow-up comes
     * ({@link DangerFollowUp}): filed as it stands, flagged for its worker or centre to check by telephone. Its
     * category is the classifier's if it had one, else the first the question offered (the likeliest; never
     * 紧急求助, which only the resident may choose); its place whatever is known — none leaves it in the dispatcher's
     * queue, as a complaint whose place nobody can map does.
     */
    Outcome fileUnanswered(String openid, DialogState state) {
        Draft draft = state.draft();
        Category category = draft.category() != null ? draft.category()
                : (draft.choices() == null ? CategoryQuestion.MENU : draft.choices()).stream()
                        .filter(c -> c != Category.EMERGENCY).findFirst().orElseThrow();
        Draft filed = new Draft(draft.text(), category, draft.confidence(), true);
        Place place = state.place();
        GeoPoint point = place == null ? null : place.point();
        return submit(openid, filed, router.route(draft.text(), point, openid), state,
                place == null ? null : place.label(), point);
    }

    Outcome location(String openid, Place place, DialogState state) {
        if (state.awaiting() == Awaiting.LOCATION && state.draft() != null) {
            GridMatch match = router.route(state.draft().text() + " " + nullToEmpty(place.label()), place.point(), openid);
            return submit(openid, state.draft(), match, state, place.label(), place.point());
        }
        Optional<GridEvent> waiting = waitingEvent(openid, state);
        if (waiting.isPresent()) {
            GridMatch match = router.locate(nullToEmpty(place.label()), place.point()).orElse(null);
            GridEvent located = actions.locate(waiting.get().number(), openid, match, place.point(), place.label());
            return new Outcome(Handled.about(located.number(), replies.located(located)), state);
        }
        return new Outcome(Handled.reply(Replies.PLACE_WAITING), state.withPlace(place));
    }

    Outcome photo(String openid, Photo photo, DialogState state) {
        if (state.draft() != null) {
            return new Outcome(Handled.reply(Replies.PHOTO_ON_DRAFT), state.withPhoto(photo));
        }
        Optional<GridEvent> open = replies.latestOpenEvent(openid);
        if (open.isPresent()) {
            actions.attachPhoto(open.get(), photo.mediaId(), photo.url());
            return new Outcome(Handled.about(open.get().number(), "照片已补充到事件 " + open.get().number() + ",网格员处理时可以看到。"),
                    state);
        }
        return new Outcome(Handled.reply(Replies.PHOTO_WAITING), state.withPhoto(photo));
    }

    Outcome skip(String openid, DialogState state) {
        if (state.awaiting() != Awaiting.LOCATION || state.draft() == null) {
            return new Outcome(Handled.reply(Replies.NOTHING_PENDING), state);
        }
        return submit(openid, state.draft(), router.route(state.draft().text(), null, openid), state, null, null);
    }

    private Outcome submitOrAsk(String openid, Draft draft, DialogState state) {
        Place place = state.place();
        GridMatch match = router.route(draft.text(), place == null ? null : place.point(), openid);
        if (match.matchedBy() != MatchedBy.NONE || draft.category() == Category.EMERGENCY) {
            return submit(openid, draft, match, state, place == null ? null : place.label(),
                    place == null ? null : place.point());
        }
        String ask = "收到,您反映的是「" + draft.category().label() + "」方面的问题。\n" + Replies.ASK_LOCATION;
        return new Outcome(Handled.reply(dangerFirst(draft.dangerNotRuledOut(), draft.text(), ask)),
                state.awaiting(Awaiting.LOCATION, draft));
    }

    /**
     * A question asked before a complaint is filed — its category, its place — opened with what to do if the danger
     * is happening now, when the classifier does not rule one out: a possible emergency is never delayed, and the
     * resident may not answer for minutes (README "Not sure"). The filing reply says it again.
     */
    private static String dangerFirst(boolean dangerNotRuledOut, String text, String question) {
        return dangerNotRuledOut ? ComplaintReplies.dangerLine(text) + "\n" + question : question;
    }

    /** The answer to "where is it?": a place name, an address we cannot map (the dispatcher can), or a new complaint. */
    private Outcome placeForDraft(String openid, String text, DialogState state) {
        Classification c = Preclassified.classify(classifier, text);
        boolean newComplaint = c.category().actionable() && c.confidence() >= NEW_COMPLAINT_CONFIDENCE
                && text.length() > NEW_COMPLAINT_LENGTH;
        if (newComplaint) {
            Outcome earlier = submit(openid, state.draft(), router.route(state.draft().text(), null, openid), state, null, null);
            Outcome next = complaint(openid, text, earlier.state());
            String both = "您上一条反映已提交,编号 " + earlier.handled().eventNumber() + "。\n" + next.handled().reply().text();
            return new Outcome(new Handled(Reply.of(both), next.handled().eventNumber() != null
                    ? next.handled().eventNumber() : earlier.handled().eventNumber()), next.state());
        }
        GridMatch match = router.locate(text, null).orElseGet(() -> router.route(state.draft().text(), null, openid));
        return submit(openid, state.draft(), match, state, text, null);
    }

    private Outcome submit(String openid, Draft draft, GridMatch match, DialogState state, String address, GeoPoint point) {
        boolean urgent = draft.category() == Category.EMERGENCY;
        NewReport report = new NewReport(draft.text(), new Classification(draft.category(), draft.confidence()), urgent,
                match, openid, Source.RESIDENT, address, point, draft.dangerNotRuledOut());
        EventIntake.Reported reported = intake.report(report, Actor.RESIDENT);
        GridEvent event = reported.event();
        for (Photo photo : state.photos()) {
            actions.attachPhoto(event, photo.mediaId(), photo.url());
        }
        // Only an event still waiting for its place is remembered (a location sent next places it); for the rest
        // the state is fresh again, and a fresh state is no row to write.
        return new Outcome(Handled.about(event.number(), replies.created(reported, state.photos().size())),
                state.submitted(event.gridCode() == null ? event.number() : null));
    }

    /** The event just reported that still waits for a place (an emergency sent before its location). */
    private Optional<GridEvent> waitingEvent(String openid, DialogState state) {
        if (state.lastEvent() == null) {
            return Optional.empty();
        }
        return replies.latestOpenEvent(openid).filter(e -> e.number().equals(state.lastEvent()))
                .filter(e -> e.unassigned() && e.gridCode() == null);
    }

    private static boolean thanks(String text) {
        return text.contains("谢") || text.contains("辛苦") || text.toLowerCase().contains("thank") || text.contains("👍");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
