package cn.gridbot.admin.spool;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** The spool holds residents' words and openids: ADMIN reads it; every other token is refused and learns nothing. */
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
}
