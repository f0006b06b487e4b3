package cn.gridbot.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.WeChatClient;
import tools.jackson.databind.JsonNode;

/**
 * Pages by number of the whole event list, found through the id blocks: with events spread over several blocks
 * of ids (and gaps between them, as rolled-back inserts leave), every page in both orders is exactly that slice
 * of the list.
 */
@IntegrationTest
class EventPagesIT {

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        county.load();
    }

    @Test
    void everyPageOfTheWholeListIsItsSliceWhateverBlocksTheIdsFallIn() {
        WeChatClient wx = clients.wechat();
        String first = WeChatClient.eventNumberIn(wx.text("o-pages", "幸福路下水道堵了").content());
        long id = jdbc.queryForObject("SELECT id FROM grid_event WHERE number = ?", Long.class, first);
        int copies = 0;
        for (long start : new long[] { id + 4090, id + 9000, id + 20000 }) {
            for (int i = 0; i < 12; i++) {
                copy(id, start + i * 3, "29990101-" + String.format("%04d", ++copies));
            }
        }
        AdminClient api = clients.api();
        assertThat(api.post("/api/v1/stats/rebuild", "", clients.adminToken()).status()).isEqualTo(202);

        for (String sort : new String[] { "createdAt,desc", "createdAt,asc" }) {
            List<Long> all = jdbc.queryForList("SELECT id FROM grid_event ORDER BY id " + (sort.endsWith("asc") ? "ASC" : "DESC"),
                    Long.class);
            List<String> expected = new ArrayList<>();
            all.forEach(i -> expected.add(jdbc.queryForObject("SELECT number FROM grid_event WHERE id = ?", String.class, i)));
            for (int page = 0; page * 7 < expected.size() + 7; page++) {
                JsonNode body = api.get("/api/v1/events?size=7&page=" + page + "&sort=" + sort, clients.adminToken()).body();
                assertThat(body.path("total").asInt()).isEqualTo(expected.size());
                List<String> numbers = new ArrayList<>();
                body.path("items").forEach(item -> numbers.add(item.path("number").asString()));
                assertThat(numbers).as(sort + " page " + page)
                        .isEqualTo(expected.subList(Math.min(page * 7, expected.size()), Math.min(page * 7 + 7, expected.size())));
            }
        }
    }

    /** The same event again under another id and number, as if many had been reported in between. */
    private void copy(long id, long newId, String number) {
        jdbc.update("INSERT INTO grid_event (id, number, category, confidence, urgent, status, grid_code, unit_code, unit_path, "
                + "matched_by, assignee_code, reporter_openid, source, description, address, longitude, latitude, sign_deadline, "
                + "resolve_deadline, accepted_at, resolved_at, closed_at, resolution, overdue, flagged, sign_reminded, rating, "
                + "queue_reason, unreached, created_at, updated_at, version) SELECT ?, ?, category, confidence, urgent, status, "
                + "grid_code, unit_code, unit_path, matched_by, assignee_code, reporter_openid, source, description, address, "
                + "longitude, latitude, sign_deadline, resolve_deadline, accepted_at, resolved_at, closed_at, resolution, overdue, "
                + "flagged, sign_reminded, rating, queue_reason, unreached, created_at, updated_at, version FROM grid_event "
                + "WHERE id = ?", newId, number, id);
    }
}
