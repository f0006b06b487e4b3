package cn.gridbot.admin.notify;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

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
import cn.gridbot.grid.GridCatalog;

import cn.gridbot.admin.SliceApplication;
import cn.gridbot.common.Page;
import cn.gridbot.notify.NotificationView;
import cn.gridbot.notify.Notifications;
import java.util.List;

/** The notification controller: filters checked, items listed. */
@WebMvcTest(NotificationController.class)
@AdminSlice
class NotificationControllerSliceTest {

    static final String ADMIN = "Bearer " + AdminSlice.TOKEN;
    static final String SUPERVISOR = "Bearer sup-token";

    @Autowired
    MockMvc mvc;
    @Autowired
    GridCatalog grids;
    @Autowired
    StoredTokens tokens;
    @MockitoBean
    Notifications notifications;

    @BeforeEach
    void setUp() {
        when(grids.directory()).thenReturn(SliceData.tree());
        when(tokens.byHash(Tokens.hash("sup-token"))).thenReturn(Optional.of(SliceData.supervisorOfEastTown()));
    }

    @Test
    void listsPushesWithTheirDeliveryStatusAndMasksNumbersAndOpenidsForNonAdmins() throws Exception {
        when(notifications.search(any(), any())).thenReturn(new Page<>(List.of(new NotificationView(1, "VISIT_DUE", "o-w",
                "W1", 5L, "付良容", null, "FAILED", null, 3, "errcode 43004", SliceApplication.NOW, SliceApplication.NOW,
                null, "家属电话13912345678")), 0, 20, 1));
        mvc.perform(get("/api/v1/notifications?kind=VISIT_DUE&status=FAILED").header("Authorization", SUPERVISOR))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].residentName").value("付良容"))
                .andExpect(jsonPath("$.items[0].attempts").value(3)).andExpect(jsonPath("$.items[0].text").value("家属电话139****5678"))
                .andExpect(jsonPath("$.items[0].recipientOpenid").doesNotExist());
        mvc.perform(get("/api/v1/notifications").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items[0].recipientOpenid").value("o-w"));
        mvc.perform(get("/api/v1/notifications?kind=SMS").header("Authorization", ADMIN)).andExpect(status().isBadRequest());
    }
}
