package cn.gridbot.app.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gridbot.app.support.AdminClient;
import cn.gridbot.app.support.Clients;
import cn.gridbot.app.support.FakeWeChat;
import cn.gridbot.app.support.IntegrationTest;
import cn.gridbot.app.support.TestCounty;
import cn.gridbot.app.support.TestDepartments;
import cn.gridbot.app.support.WeChatClient;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.notify.OutboxDispatcher;
import tools.jackson.databind.JsonNode;

/**
 * Functional departments (README "Departments and supervision"): imported as DEPARTMENT units with their categories,
 * staffed by workers; an escalated event is transferred to a department through the API, and the department's staff
 * member gets the task push and signs for and resolves it through the portal like any worker.
 */
@IntegrationTest
class DepartmentsIT {

    private static final String RESIDENT = "o-dept-resident";

    @Autowired
    Clients clients;
    @Autowired
    TestCounty county;
    @Autowired
    GridEvents events;
    @Autowired
    OutboxDispatcher dispatcher;

    AdminClient api;
    WeChatClient wx;
    String admin;

    @BeforeEach
    void setUp() {
        county.load();
        api = clients.api();
        wx = clients.wechat();
        admin = clients.adminToken();
        TestDepartments.load(api, admin);
    }

    @Test
    void escalatedEventIsTransferredToADepartmentWhoseStaffSignsAndResolvesIt() {
        String number = WeChatClient.eventNumberIn(wx.text(RESIDENT, "幸福路下水道堵了 污水漫到路上").content());
        assertThat(events.findByNumber(number).orElseThrow().category().name()).isEqualTo("MUNICIPAL");
        wx.text(TestCounty.WORKER_ONE_OPENID, "签收 " + number);
        assertThat(wx.text(TestCounty.WORKER_ONE_OPENID, "上报 " + number + " 管网破裂,需要住建部门处理").content()).contains("已上报");

        String supervisor = token("SUPERVISOR", TestCounty.EAST_TOWN);
        AdminClient.Answer moved = api.post("/api/v1/events/" + number + "/transfer",
                "{\"departmentCode\":\"" + TestDepartments.HOUSING + "\",\"note\":\"请住建局抢修\"}", supervisor);
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.body().get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(moved.body().get("assigneeCode").asString()).isEqualTo(TestDepartments.HOUSING_STAFF);
        assertThat(moved.body().get("gridCode").asString()).as("the event stays where the problem is").isEqualTo(TestCounty.GRID_ONE);

        dispatcher.deliverDue();
        List<FakeWeChat.Sent> toStaff = FakeWeChat.instance().sent().stream()
                .filter(s -> s.toUser().equals(TestDepartments.HOUSING_STAFF_OPENID)).toList();
        assertThat(toStaff).hasSize(1);
        assertThat(toStaff.get(0).body().path("data").path("number").path("value").asString()).isEqualTo(number);

        String staff = TestDepartments.HOUSING_STAFF_OPENID;
        assertThat(wx.text(staff, "任务").content()).contains(number);
        assertThat(wx.text(staff, "签收 " + number.substring(9)).content()).contains("已签收事件 " + number);
        assertThat(wx.text(staff, "办结 " + number + " 已更换破损管段").content()).contains("已办结");

        GridEvent done = events.findByNumber(number).orElseThrow();
        assertThat(done.status()).isEqualTo(EventStatus.RESOLVED);
        assertThat(done.assigneeCode()).isEqualTo(TestDepartments.HOUSING_STAFF);
        assertThat(done.timeline()).extracting(t -> t.to()).containsExactly(EventStatus.REPORTED, EventStatus.ASSIGNED,
                EventStatus.ACCEPTED, EventStatus.ESCALATED, EventStatus.ASSIGNED, EventStatus.ACCEPTED, EventStatus.RESOLVED);
        assertThat(done.timeline().get(4).note()).contains("转派住建局(B101)").contains("请住建局抢修");
        assertThat(done.timeline().get(4).actor().toString()).startsWith("SUPERVISOR:");
    }

    @Test
    void aTransferIsRefusedToADepartmentThatDoesNotHandleTheCategoryOrServeThePlace() {
        String number = WeChatClient.eventNumberIn(wx.text(RESIDENT, "幸福路下水道堵了 污水漫到路上").content());
        AdminClient.Answer unknown = transfer(number, "NOPE", admin);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(transfer(number, TestCounty.EAST_TOWN, admin).status()).as("a township is no department").isEqualTo(400);
        AdminClient.Answer elsewhere = transfer(number, TestDepartments.WEST_POLICE, admin);
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.body().get("code").asString()).isEqualTo("department-elsewhere");

        String dispute = WeChatClient.eventNumberIn(wx.text(RESIDENT, "幸福路楼上邻居天天半夜吵架 吵得睡不着").content());
        AdminClient.Answer category = transfer(dispute, TestDepartments.HOUSING, admin);
        assertThat(category.status()).isEqualTo(409);
        assertThat(category.body().get("code").asString()).isEqualTo("department-category");
        assertThat(events.findByNumber(number).orElseThrow().assigneeCode()).isEqualTo(TestCounty.WORKER_ONE);
    }

    @Test
    void theDepartmentsAreUnitsOfTheTreeWithTheirCategories() {
        JsonNode housing = api.get("/api/v1/grids/" + TestDepartments.HOUSING, admin).body();
        assertThat(housing.get("level").asString()).isEqualTo("DEPARTMENT");
        assertThat(housing.get("categories")).extracting(JsonNode::asString).containsExactly("SAFETY", "MUNICIPAL");
        String bad = "{\"type\":\"FeatureCollection\",\"features\":["
                + TestDepartments.department("TC-X1", "社区里的部门", TestCounty.COMMUNITY, "\"SAFETY\"") + ","
                + TestDepartments.department("TC-X2", "没有类别的部门", TestCounty.COUNTY, "") + ","
                + TestDepartments.department("TC-X3", "类别写错的部门", TestCounty.COUNTY, "\"ROADS\"") + "]}";
        JsonNode rejected = api.post("/api/v1/grids/import", bad, admin).body().get("rejected");
        assertThat(rejected).extracting(r -> r.get("code").asString()).containsExactlyInAnyOrder("TC-X1", "TC-X2", "TC-X3");
        JsonNode overview = api.get("/api/v1/stats/overview?gridCode=" + TestCounty.COUNTY, admin).body();
        assertThat(overview.get("byChild")).extracting(c -> c.get("unitCode").asString())
                .containsExactlyInAnyOrder(TestCounty.EAST_TOWN, TestCounty.WEST_TOWN);
    }

    @Test
    void transferAnswersEachRoleAndScopeAndMasksWhatTheCallerMayNotSee() {
        String number = WeChatClient.eventNumberIn(wx.text(RESIDENT, "幸福路下水道堵了 联系我13912345678").content());
        String body = "{\"departmentCode\":\"" + TestDepartments.HOUSING + "\",\"note\":\"业主电话13912345678\"}";
        assertThat(api.post("/api/v1/events/" + number + "/transfer", body, null).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/events/" + number + "/transfer", body, token("VIEWER", TestCounty.EAST_TOWN)).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/events/" + number + "/transfer", body, token("SUPERVISOR", TestCounty.WEST_TOWN)).status())
                .isEqualTo(404);
        assertThat(events.findByNumber(number).orElseThrow().assigneeCode()).isEqualTo(TestCounty.WORKER_ONE);

        AdminClient.Answer asSupervisor = api.post("/api/v1/events/" + number + "/transfer", body,
                token("SUPERVISOR", TestCounty.EAST_TOWN));
        assertThat(asSupervisor.status()).isEqualTo(200);
        assertThat(asSupervisor.body().get("reporterOpenid").isNull()).isTrue();
        assertThat(asSupervisor.raw()).doesNotContain("13912345678").contains("139****5678");

        AdminClient.Answer again = api.post("/api/v1/events/" + number + "/transfer", body, admin);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("reporterOpenid").asString()).isEqualTo(RESIDENT);
        assertThat(again.raw()).contains("13912345678");
        dispatcher.deliverDue();
        List<String> toStaff = FakeWeChat.instance().sent().stream()
                .filter(s -> s.toUser().equals(TestDepartments.HOUSING_STAFF_OPENID)).map(s -> s.body().toString()).toList();
        assertThat(toStaff).hasSize(2).allMatch(p -> p.contains(number)).noneMatch(p -> p.contains("13912345678"));
    }

    private AdminClient.Answer transfer(String number, String department, String token) {
        return api.post("/api/v1/events/" + number + "/transfer", "{\"departmentCode\":\"" + department + "\"}", token);
    }

    private String token(String role, String unit) {
        return api.post("/api/v1/tokens", "{\"role\":\"" + role + "\",\"unitCode\":\"" + unit + "\",\"label\":\"" + role + " "
                + unit + "\"}", admin).body().get("token").asString();
    }
}
