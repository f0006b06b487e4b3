package cn.gridbot.admin.event;

import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import cn.gridbot.admin.security.AdminSlice;
import cn.gridbot.admin.security.SliceData;
import cn.gridbot.admin.security.StoredTokens;
import cn.gridbot.admin.security.Tokens;
import cn.gridbot.common.DomainException;
import cn.gridbot.common.Page;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEventTestData;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.SupervisorActions;

/** Slice tests of the event controllers: JSON list, one event, actions, CSV, and their errors. */
@WebMvcTest({ EventController.class, EventCsvController.class })
@AdminSlice
class EventControllersSliceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GridCatalog grids;
    @Autowired
    StoredTokens tokens;
    @MockitoBean
    GridEvents events;
    @MockitoBean
    SupervisorActions actions;

    private final GridEvent event = GridEventTestData.anEvent().in(SliceData.tree().find("C-1-1-01").orElseThrow())
            .assignedTo("W1").build();

    @BeforeEach
    void setUp() {
        when(grids.directory()).thenReturn(SliceData.tree());
        when(events.search(any(), any())).thenReturn(new Page<>(List.of(event), 0, 20, 1));
        when(events.count(any())).thenReturn(1L);
        when(events.findByNumber(event.number())).thenReturn(Optional.of(event));
        when(tokens.byHash(Tokens.hash("sup-token"))).thenReturn(Optional.of(SliceData.supervisorOfEastTown()));
    }

    @Test
    void refusesWithoutATokenAsAProblem() throws Exception {
        mvc.perform(get("/api/v1/events")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void listsEventsWithTheSpecFieldsAndLocalTimes() throws Exception {
        mvc.perform(get("/api/v1/events?status=ASSIGNED&gridCode=C-1").header("Authorization", "Bearer " + AdminSlice.TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].number").value(event.number()))
                .andExpect(jsonPath("$.items[0].assigneeCode").value("W1"))
                .andExpect(jsonPath("$.items[0].createdAt").value(endsWith("+08:00")));
    }

    @Test
    void badParametersAreProblemsNamingWhatIsWrong() throws Exception {
        String auth = "Bearer " + AdminSlice.TOKEN;
        mvc.perform(get("/api/v1/events?status=DONE").header("Authorization", auth)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-parameter"));
        mvc.perform(get("/api/v1/events?size=501").header("Authorization", auth)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/events?gridCode=NOPE").header("Authorization", auth)).andExpect(status().isNotFound());
    }

    @Test
    void aSupervisorCannotOpenAnotherTownshipsEvent() throws Exception {
        GridEvent west = GridEventTestData.anEvent().numbered("20261127-0099")
                .in(SliceData.tree().find("C-2").orElseThrow()).build();
        when(events.findByNumber("20261127-0099")).thenReturn(Optional.of(west));
        mvc.perform(get("/api/v1/events/20261127-0099").header("Authorization", "Bearer sup-token"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + event.number()).header("Authorization", "Bearer sup-token"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/events?gridCode=C-2").header("Authorization", "Bearer sup-token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void actionsValidateTheirBodyAndMapRefusalsTo409() throws Exception {
        String auth = "Bearer " + AdminSlice.TOKEN;
        mvc.perform(post("/api/v1/events/" + event.number() + "/assign").header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("workerCode"));
        verify(actions, never()).assign(any(), any(), any(), any());
        when(actions.close(eq(event), any(), any())).thenThrow(DomainException.conflict("illegal-transition", "no"));
        mvc.perform(post("/api/v1/events/" + event.number() + "/close").header("Authorization", auth)
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"x\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("https://gridbot.cn/problems/illegal-transition"));
    }

    @Test
    void exportsCsvWithABom() throws Exception {
        when(events.searchBefore(any(), any(), anyInt())).thenReturn(List.of(event));
        mvc.perform(get("/api/v1/events.csv").header("Authorization", "Bearer " + AdminSlice.TOKEN))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"));
    }
}
