package cn.gridbot.admin.register;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import cn.gridbot.common.ImportReport;
import cn.gridbot.common.Page;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.resident.CareTag;
import cn.gridbot.resident.CareVisits;
import cn.gridbot.resident.Resident;
import cn.gridbot.resident.ResidentImporter;
import cn.gridbot.resident.Residents;
import cn.gridbot.worker.BindingQrCodes;
import cn.gridbot.worker.Worker;
import cn.gridbot.worker.WorkerBinding;
import cn.gridbot.worker.WorkerImporter;
import cn.gridbot.worker.Workers;

/** Slice tests of the worker and resident controllers: imports, lists, masking, validation. */
@WebMvcTest({ WorkerController.class, ResidentController.class })
@AdminSlice
class RegisterControllersSliceTest {

    private static final String ADMIN = "Bearer " + AdminSlice.TOKEN;

    @Autowired
    MockMvc mvc;
    @Autowired
    GridCatalog grids;
    @Autowired
    StoredTokens tokens;
    @MockitoBean
    WorkerImporter workerImporter;
    @MockitoBean
    ResidentImporter residentImporter;
    @MockitoBean
    Workers workers;
    @MockitoBean
    Residents residents;
    @MockitoBean
    CareVisits visits;
    @MockitoBean
    WorkerBinding binding;
    @MockitoBean
    BindingQrCodes qrCodes;

    @BeforeEach
    void setUp() {
        when(grids.directory()).thenReturn(SliceData.tree());
        when(tokens.byHash(Tokens.hash("sup-token"))).thenReturn(Optional.of(SliceData.supervisorOfEastTown()));
    }

    @Test
    void workerImportReportsRejectedLines() throws Exception {
        when(workerImporter.importCsv(any())).thenReturn(new ImportReport(1, List.of(new ImportReport.Rejection(3, "name is required"))));
        mvc.perform(post("/api/v1/workers/import").header("Authorization", ADMIN).contentType("text/csv")
                .content("code,name,phone,gridCode,openid\n")).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1)).andExpect(jsonPath("$.rejected[0].line").value(3));
        when(workers.list(any(), any())).thenReturn(new Page<>(List.of(new Worker("W1", "张莉", "13800001111", "C-1-1-01",
                null, true)), 0, 20, 1));
        mvc.perform(get("/api/v1/workers").header("Authorization", "Bearer sup-token"))
                .andExpect(jsonPath("$.items[0].phone").value("138****1111"));
    }

    @Test
    void residentsAreMaskedForSupervisorsAndVisitsAreValidated() throws Exception {
        Resident r = new Resident(5L, "付良容", "F", LocalDate.of(1938, 5, 16), "13900001111", null, "幸福路12号", "C-1-1-01",
                Set.of(CareTag.ELDERLY), 14, null, null);
        when(residents.list(any(), any(), any())).thenReturn(new Page<>(List.of(r), 0, 20, 1));
        mvc.perform(get("/api/v1/residents?tag=ELDERLY").header("Authorization", ADMIN))
                .andExpect(jsonPath("$.items[0].phone").value("13900001111"));
        mvc.perform(get("/api/v1/residents").header("Authorization", "Bearer sup-token"))
                .andExpect(jsonPath("$.items[0].phone").value("139****1111"));
        mvc.perform(get("/api/v1/residents?tag=OLD").header("Authorization", ADMIN)).andExpect(status().isBadRequest());
        when(residents.findById(5L)).thenReturn(Optional.of(r));
        mvc.perform(post("/api/v1/residents/5/visits").header("Authorization", ADMIN).contentType("application/json")
                .content("{\"workerCode\":\"W1\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("date"));
        verifyNoInteractions(visits);
    }
}
