package cn.gridbot.app.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;

import cn.gridbot.common.ImportReport;
import cn.gridbot.grid.GridImportReport;
import cn.gridbot.grid.GridImporter;
import cn.gridbot.resident.ResidentImporter;
import cn.gridbot.worker.WorkerImporter;

/**
 * A small county for tests, not the demo: 测试县 with 东城镇 (幸福社区, two square grids side by side)
 * and 西城镇 (no grids). Each grid has a worker bound to WeChat, and 东城镇 a dispatcher bound to WeChat.
 * Built with the same importers the admin API uses.
 */
@TestComponent
public class TestCounty {

    public static final String COUNTY = "TC";
    public static final String EAST_TOWN = "TC-A";
    public static final String WEST_TOWN = "TC-B";
    public static final String COMMUNITY = "TC-A-1";
    public static final String GRID_ONE = "TC-A-1-01";
    public static final String GRID_TWO = "TC-A-1-02";
    public static final String WORKER_ONE = "W101";
    public static final String WORKER_ONE_OPENID = "o-worker-101";
    public static final String WORKER_TWO = "W102";
    public static final String WORKER_TWO_OPENID = "o-worker-102";
    public static final String DISPATCHER = "D001";
    public static final String DISPATCHER_OPENID = "o-dispatch-001";

    private final GridImporter grids;
    private final WorkerImporter workers;
    private final ResidentImporter residents;

    TestCounty(GridImporter grids, WorkerImporter workers, ResidentImporter residents) {
        this.grids = grids;
        this.workers = workers;
        this.residents = residents;
    }

    /** A worker for grid one who has not bound WeChat yet: no push reaches them. */
    public void addUnboundWorker(String code, String name) {
        ImportReport report = workers.importCsv(("code,name,phone,gridCode,openid\n" + code + "," + name + ",13800000"
                + code.substring(1) + "," + GRID_ONE + ",\n").getBytes(StandardCharsets.UTF_8));
        if (!report.rejected().isEmpty()) {
            throw new IllegalStateException("Test worker rejected: " + report.rejected());
        }
    }

    public void load() {
        GridImportReport units = grids.importGeoJson(geoJson());
        if (!units.rejected().isEmpty()) {
            throw new IllegalStateException("Test county rejected: " + units.rejected());
        }
        ImportReport staff = workers.importCsv(("code,name,phone,gridCode,openid\n"
                + WORKER_ONE + ",王一,13800000101," + GRID_ONE + "," + WORKER_ONE_OPENID + "\n"
                + WORKER_TWO + ",李二,13800000102," + GRID_TWO + "," + WORKER_TWO_OPENID + "\n"
                + DISPATCHER + ",东城调度,13800000100," + EAST_TOWN + "," + DISPATCHER_OPENID + "\n").getBytes(StandardCharsets.UTF_8));
        if (!staff.rejected().isEmpty()) {
            throw new IllegalStateException("Test workers rejected: " + staff.rejected());
        }
    }

    public static String geoJson() {
        List<String> features = new ArrayList<>();
        features.add(feature(COUNTY, "测试县", "COUNTY", null, "\"测试县\"", null));
        features.add(feature(EAST_TOWN, "东城镇", "TOWNSHIP", COUNTY, "\"东城镇\",\"东城\"", null));
        features.add(feature(WEST_TOWN, "西城镇", "TOWNSHIP", COUNTY, "\"西城镇\"", null));
        features.add(feature(COMMUNITY, "幸福社区", "COMMUNITY", EAST_TOWN, "\"幸福社区\"", null));
        features.add(feature(GRID_ONE, "幸福路网格", "GRID", COMMUNITY, "\"幸福路\",\"阳光小区\"",
                square(104.000, 30.000, 104.010, 30.010)));
        features.add(feature(GRID_TWO, "建设路网格", "GRID", COMMUNITY, "\"建设路\",\"紫薇苑\"",
                square(104.010, 30.000, 104.020, 30.010)));
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    public static String feature(String code, String name, String level, String parent, String keywords,
            String geometry) {
        return "{\"type\":\"Feature\",\"geometry\":" + (geometry == null ? "null" : geometry)
                + ",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"level\":\"" + level
                + "\",\"parentCode\":" + (parent == null ? "null" : "\"" + parent + "\"") + ",\"keywords\":["
                + keywords + "]}}";
    }

    public static String square(double west, double south, double east, double north) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + "," + south + "],[" + east + "," + south + "],["
                + east + "," + north + "],[" + west + "," + north + "],[" + west + "," + south + "]]]}";
    }
}
