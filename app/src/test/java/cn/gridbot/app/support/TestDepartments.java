package cn.gridbot.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Functional departments for the test county, imported through the admin API as a county would: 住建局 under the county
 * (SAFETY, MUNICIPAL) with one reachable staff member and one not yet bound, and 西城派出所 under 西城镇 (PUBLIC_ORDER).
 */
public final class TestDepartments {

    public static final String HOUSING = "TC-ZJ";
    public static final String HOUSING_STAFF = "B101";
    public static final String HOUSING_STAFF_OPENID = "o-dept-101";
    public static final String WEST_POLICE = "TC-B-PCS";

    private TestDepartments() {
    }

    public static void load(AdminClient api, String adminToken) {
        String geoJson = "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", List.of(
                department(HOUSING, "住建局", TestCounty.COUNTY, "\"SAFETY\",\"MUNICIPAL\""),
                department(WEST_POLICE, "西城派出所", TestCounty.WEST_TOWN, "\"PUBLIC_ORDER\",\"MUNICIPAL\""))) + "]}";
        AdminClient.Answer units = api.post("/api/v1/grids/import", geoJson, adminToken);
        assertThat(units.status()).as(units.raw()).isEqualTo(200);
        assertThat(units.body().get("rejected")).isEmpty();
        AdminClient.Answer staff = api.call("POST", "/api/v1/workers/import", "text/csv", "code,name,phone,gridCode,openid\n"
                + HOUSING_STAFF + ",住建张工,13800000201," + HOUSING + "," + HOUSING_STAFF_OPENID + "\n"
                + "B102,住建新人,13800000202," + HOUSING + ",\n"
                + "B201,西城民警,13800000301," + WEST_POLICE + ",o-dept-201\n", adminToken);
        assertThat(staff.status()).as(staff.raw()).isEqualTo(200);
        assertThat(staff.body().get("rejected")).isEmpty();
    }

    public static String department(String code, String name, String parent, String categories) {
        return "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name
                + "\",\"level\":\"DEPARTMENT\",\"parentCode\":\"" + parent + "\",\"keywords\":[],\"categories\":[" + categories
                + "]}}";
    }
}
