package cn.gridbot.admin.spool;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import cn.gridbot.admin.security.AdminSlice;
import cn.gridbot.admin.security.SliceData;
import cn.gridbot.admin.security.StoredTokens;
import cn.gridbot.admin.security.Tokens;
import cn.gridbot.conversation.InboundMessage;
import cn.gridbot.conversation.MessageKind;
import cn.gridbot.conversation.MessageSpool;
import cn.gridbot.grid.GridCatalog;

/**
 * The spool holds residents' words and openids: ADMIN reads it and retries what was parked; every other token is
 * refused, learns nothing and moves nothing.
 */
@WebMvcTest(SpoolController.class)
@AdminSlice
class SpoolControllerSliceTest {

    static final String ADMIN = "Bearer " + AdminSlice.TOKEN;
    static final String SUPERVISOR = "Bearer sup-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    GridCatalog grids;
    @Autowired
    StoredTokens tokens;
    @MockitoBean
    MessageSpool spool;

    @BeforeEach
    void setUp() {
        when(grids.directory()).thenReturn(SliceData.tree());
        when(tokens.byHash(Tokens.hash("sup-token"))).thenReturn(Optional.of(SliceData.supervisorOfEastTown()));
        InboundMessage parked = new InboundMessage("o-resident-1", MessageKind.TEXT, 1, "42", "幸福路下水道堵了 13912345678",
                null, null, null, null, null, null, null);
        when(spool.pendingCount()).thenReturn(0);
        when(spool.parkedCount()).thenReturn(1);
        when(spool.parked(100)).thenReturn(List.of(new MessageSpool.Entry(7, parked, Instant.parse("2026-11-27T02:00:00Z"), 5,
                "DataIntegrityViolationException")));
    }

    @Test
    void anAdminSeesPendingAndParkedMessages() throws Exception {
        mvc.perform(get("/api/v1/spool").header("Authorization", ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.parked").value(1))
                .andExpect(jsonPath("$.parkedItems[0].attempts").value(5))
                .andExpect(jsonPath("$.parkedItems[0].receivedAt").value("2026-11-27T10:00:00+08:00"));
    }

    @Test
    void otherTokensAreRefusedAndSeeNoResidentData() throws Exception {
        mvc.perform(get("/api/v1/spool").header("Authorization", SUPERVISOR)).andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.not(Matchers.containsString("13912345678"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("o-resident-1"))));
        mvc.perform(get("/api/v1/spool")).andExpect(status().isUnauthorized());
    }

    @Test
    void anAdminRetriesAParkedMessageAndLearnsWhatIsLeft() throws Exception {
        when(spool.retry(7)).thenReturn(true);
        when(spool.pendingCount()).thenReturn(1);
        when(spool.parkedCount()).thenReturn(0);
        mvc.perform(post("/api/v1/spool/parked/7/retry").header("Authorization", ADMIN)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.retried").value(1)).andExpect(jsonPath("$.pending").value(1))
                .andExpect(jsonPath("$.parked").value(0));
        verify(spool).retry(7);
    }

    @Test
    void aRetryOfAMessageThatIsNotParkedIsNotFound() throws Exception {
        mvc.perform(post("/api/v1/spool/parked/8/retry").header("Authorization", ADMIN)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-parked"));
    }

    @Test
    void anAdminRetriesEveryParkedMessage() throws Exception {
        when(spool.retryParked()).thenReturn(3);
        mvc.perform(post("/api/v1/spool/parked/retry").header("Authorization", ADMIN)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.retried").value(3));
    }

    @Test
    void otherTokensCannotRetryAndNothingMoves() throws Exception {
        mvc.perform(post("/api/v1/spool/parked/7/retry").header("Authorization", SUPERVISOR)).andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.not(Matchers.containsString("o-resident-1"))));
        mvc.perform(post("/api/v1/spool/parked/retry").header("Authorization", SUPERVISOR)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/spool/parked/retry")).andExpect(status().isUnauthorized());
        verify(spool, never()).retry(anyLong());
        verify(spool, never()).retryParked();
    }
}
