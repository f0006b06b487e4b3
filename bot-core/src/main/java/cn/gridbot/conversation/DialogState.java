package cn.gridbot.conversation;

import java.util.ArrayList;
import java.util.List;

import cn.gridbot.classify.Category;
import cn.gridbot.grid.GeoPoint;

/**
 * Where a resident's conversation stands between messages: a complaint waiting for its place or its
 * category, photos and a location sent before the words, and the last event created. Kept in Redis
 * for {@link ConversationSettings#draftTtl()}, so it survives a restart and is shared by all instances.
 * For a worker, {@code resolved} is the event they just resolved, which a following photo illustrates, and
 * {@code selfReported} the event they just reported themselves (报事), which a following photo or location completes.
 */
public record DialogState(Awaiting awaiting, Draft draft, List<Photo> photos, Place place, String lastEvent,
        String resolved, String selfReported) {

    /** What the bot asked and waits for. */
    public enum Awaiting { NOTHING, LOCATION, CATEGORY }

    /**
     * A complaint not yet stored as an event. {@code category} is null until known; while the bot waits for the
     * category, {@code choices} is the order it offered them in and {@code close} how many led as close candidates.
     * {@code dangerNotRuledOut}: the classifier found it not unlikely to report a danger happening now
     * ({@link cn.gridbot.classify.Classification#dangerNotRuledOut()}); a draft stored before it existed has none
     * (a boxed flag, so that reading it does not fail and lose the draft) and reads false.
     */
    public record Draft(String text, Category category, double confidence, List<Category> choices, int close,
            Boolean dangerNotRuledOut) {

        public Draft {
            dangerNotRuledOut = Boolean.TRUE.equals(dangerNotRuledOut);
        }

        public Draft(String text, Category category, double confidence) {
            this(text, category, confidence, false);
        }

        public Draft(String text, Category category, double confidence, boolean dangerNotRuledOut) {
            this(text, category, confidence, null, 0, dangerNotRuledOut);
        }
    }

    public record Photo(String mediaId, String url) {
    }

    /** A location the resident sent, with WeChat's label (the address it shows). */
    public record Place(GeoPoint point, String label) {
    }

    public DialogState {
        awaiting = awaiting == null ? Awaiting.NOTHING : awaiting;
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    public static DialogState fresh() {
        return new DialogState(Awaiting.NOTHING, null, List.of(), null, null, null, null);
    }

    public DialogState awaiting(Awaiting what, Draft newDraft) {
        return new DialogState(what, newDraft, photos, place, lastEvent, resolved, selfReported);
    }

    public DialogState withPhoto(Photo photo) {
        List<Photo> more = new ArrayList<>(photos);
        more.add(photo);
        return new DialogState(awaiting, draft, more, place, lastEvent, resolved, selfReported);
    }

    public DialogState withPlace(Place newPlace) {
        return new DialogState(awaiting, draft, photos, newPlace, lastEvent, resolved, selfReported);
    }

    /** After an event was created from the draft: nothing pending, and the event (when it waits for a place) remembered. */
    public DialogState submitted(String eventNumber) {
        return new DialogState(Awaiting.NOTHING, null, List.of(), null, eventNumber, resolved, selfReported);
    }

    /** A worker just resolved this event: a photo sent next belongs to the resolution. */
    public DialogState resolvedEvent(String number) {
        return new DialogState(awaiting, draft, photos, place, lastEvent, number, null);
    }

    /** A worker just reported this event themselves: a photo or location sent next belongs to it. */
    public DialogState selfReportedEvent(String number) {
        return new DialogState(awaiting, draft, photos, place, lastEvent, null, number);
    }

    public DialogState cleared() {
        return new DialogState(Awaiting.NOTHING, null, List.of(), null, lastEvent, resolved, selfReported);
    }
}
