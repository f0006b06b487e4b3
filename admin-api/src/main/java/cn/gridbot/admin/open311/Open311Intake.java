package cn.gridbot.admin.open311;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.gridbot.admin.security.Principal;
import cn.gridbot.classify.Category;
import cn.gridbot.classify.Classification;
import cn.gridbot.common.DomainException;
import cn.gridbot.grid.GeoPoint;
import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridMatch;
import cn.gridbot.grid.GridRouter;
import cn.gridbot.gridevent.Actor;
import cn.gridbot.gridevent.Attachment;
import cn.gridbot.gridevent.EventIntake;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;
import cn.gridbot.gridevent.NewReport;
import cn.gridbot.gridevent.ResidentActions;
import cn.gridbot.gridevent.Source;

/**
 * Turns an Open311 POST into an event, routed like a resident's report; and names who is responsible. Of
 * GeoReport v2's form fields it reads {@code service_code}, {@code lat}/{@code long}, {@code address_string},
 * {@code description} and {@code media_url}; {@code jurisdiction_id} and {@code attribute[...]} are accepted
 * and not needed (no service asks for attributes), and the contact fields ({@code email}, {@code first_name},
 * {@code last_name}, {@code phone}) are not stored: an event keeps no reporter identity from Open311.
 */
@Component
class Open311Intake {

    private final GridRouter router;
    private final GridCatalog grids;
    private final EventIntake intake;
    private final ResidentActions actions;
    private final GridEvents events;

    Open311Intake(GridRouter router, GridCatalog grids, EventIntake intake, ResidentActions actions, GridEvents events) {
        this.router = router;
        this.grids = grids;
        this.intake = intake;
        this.actions = actions;
        this.events = events;
    }

    GridEvent create(Map<String, String> form, Principal principal) {
        Category category;
        try {
            category = Category.valueOf(form.getOrDefault("service_code", "").strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("service_code", "service_code must be one of the codes in services.json");
        }
        String description = form.getOrDefault("description", "").strip();
        String address = form.getOrDefault("address_string", "").strip();
        GeoPoint point = point(form.get("lat"), form.get("long"));
        if (point == null && address.isEmpty()) {
            throw DomainException.invalid("location", "Give lat and long, or address_string");
        }
        if (description.isEmpty() || description.length() > 2000) {
            throw DomainException.invalid("description", "description is required (at most 2000 characters)");
        }
        GridMatch match = router.route(address + " " + description, point, null);
        if (match.unit() == null || !principal.covers(match.unit().path())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "out-of-scope", "This place is outside the api_key's units");
        }
        GridEvent event = intake.report(new NewReport(description, new Classification(category, 1.0),
                category == Category.EMERGENCY, match, null, Source.OPEN311, address.isEmpty() ? null : address, point),
                Actor.supervisor(principal.label())).event();
        String media = form.get("media_url");
        if (media != null && media.startsWith("http")) {
            actions.attachPhoto(event, null, media.strip());
        }
        return event;
    }

    String agency(GridEvent event) {
        return grids.directory().find(event.unitCode())
                .map(u -> event.gridCode() != null ? u.name() : grids.directory().dispatcherOf(u).name() + "网格化服务管理中心")
                .orElse(null);
    }

    String mediaUrl(GridEvent event) {
        List<Attachment> attachments = events.attachments(event);
        return attachments.stream().map(Attachment::url).filter(u -> u != null && !u.isBlank()).findFirst().orElse(null);
    }

    static String describe(Category category) {
        return switch (category) {
            case EMERGENCY -> "正在发生的生命财产危险(请先拨打 110/119/120)";
            case ENVIRONMENT -> "垃圾未清运、乱倒垃圾、污水、异味、污染";
            case MUNICIPAL -> "下水道、井盖、路灯、道路损坏、公共设施停水停电";
            case GREENERY -> "树木遮挡、倒伏、树枝搭线、绿化带损坏";
            case SAFETY -> "消防通道堵塞、电动车室内充电、危房等隐患";
            case PUBLIC_ORDER -> "盗窃、可疑人员、赌博、诈骗、打架、涉毒";
            case DISPUTE -> "邻里纠纷、噪音、楼上漏水、宠物、欠薪、家庭矛盾";
            case URBAN_MANAGEMENT -> "占道经营、乱停车、违章搭建、乱贴广告";
            case LIVELIHOOD -> "补贴、医保、证件、养老、就业、困难救助";
            case OTHER -> "其他事项";
        };
    }

    private static GeoPoint point(String lat, String lon) {
        if ((lat == null || lat.isBlank()) && (lon == null || lon.isBlank())) {
            return null;
        }
        try {
            return new GeoPoint(Double.parseDouble(lon.strip()), Double.parseDouble(lat.strip()));
        } catch (NullPointerException | NumberFormatException e) {
            throw DomainException.invalid("location", "lat and long must both be decimal degrees");
        }
    }
}
