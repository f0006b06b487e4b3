package cn.gridbot.admin.event;

import java.util.List;

/**
 * A page of the event list (README "Admin API": items, page, size, total). {@code nextCursor} continues after the
 * last item by keyset — pass it as {@code cursor} to read deep into a long list at the cost of one page.
 * On a page reached by cursor, {@code total} is the count taken on the walk's first page.
 */
record EventPageView(List<EventView> items, int page, int size, long total, String nextCursor) {
}
