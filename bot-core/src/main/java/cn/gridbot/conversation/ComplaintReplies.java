package cn.gridbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gridbot.grid.GridCatalog;
import cn.gridbot.grid.GridDirectory;
import cn.gridbot.grid.GridUnit;
import cn.gridbot.gridevent.Dispatch;
import cn.gridbot.gridevent.EventIntake;
import cn.gridbot.gridevent.EventStatus;
import cn.gridbot.gridevent.GridEvent;
import cn.gridbot.gridevent.GridEvents;

/** The answers a resident gets when a complaint becomes an event: number, category, where it went, what next. */
@Component
class ComplaintReplies {

    private final GridCatalog grids;
    private final GridEvents events;

    ComplaintReplies(GridCatalog grids, GridEvents events) {
        this.grids = grids;
        this.events = events;
    }

    String created(EventIntake.Reported reported, int photos) {
        GridEvent event = reported.event();
        String text = event.description();
        if (event.status() == EventStatus.MERGED) {
            return "已受理,编号 " + event.number() + "\n类别:" + event.category().label() + "\n" + photoLine(photos)
                    + "这个问题已有居民反映过,已并入事件 "
                    + event.mergedInto() + " 一并处理,不再重复派单;处理进展和评价邀请会同样推送给您。\n"
                    + dangerNow(event).map(line -> line + "\n").orElse("")
                    + "回复「查询 " + event.number() + "」可随时查看进度。";
        }
        StringBuilder reply = new StringBuilder();
        if (event.urgent()) {
            reply.append(EmergencyAdvice.forText(text)).append("\n").append(whoWasTold(reported.told())).append("\n");
        }
        reply.append("已受理,事件编号 ").append(event.number()).append("\n")
                .append("类别:").append(event.category().label()).append("\n");
        reply.append(photoLine(photos));
        reply.append(where(event));
        if (event.urgent() && event.gridCode() == null) {
            reply.append("\n如方便,请马上发送位置,便于尽快赶到。");
        }
        dangerNow(event).ifPresent(line -> reply.append("\n").append(line));
        reply.append("\n回复「查询 ").append(event.number()).append("」可随时查看进度。");
        return reply.toString();
    }

    private static String photoLine(int photos) {
        return photos > 0 ? "照片:" + photos + " 张已附上\n" : "";
    }

    String located(GridEvent event) {
        return "已为事件 " + event.number() + " 补充位置。\n" + where(event);
    }

    Optional<GridEvent> latestOpenEvent(String openid) {
        return events.recentByReporter(openid, 1).stream().filter(e -> e.status().isOpen()).findFirst();
    }

    /**
     * What to do if it is happening now, for an event that is not urgent (README "The reply as a safety net"): a hazard
     * (someone may be in its way) or a public-order event (an armed threat at a door), the categories an emergency the
     * classifier missed is most often filed under; and any other the classifier found not unlikely to be an
     * emergency, with the numbers its words call for.
     */
    private static Optional<String> dangerNow(GridEvent event) {
        if (event.urgent()) {
            return Optional.empty();
        }
        return switch (event.category()) {
            case SAFETY -> Optional.of("如有人被困、受伤或正处在危险中,请立即拨打 119 / 120。");
            case PUBLIC_ORDER -> Optional.of("如正在发生暴力、有人持械威胁,请立即拨打 110。");
            default -> event.report().dangerNotRuledOut() ? Optional.of(dangerLine(event.description()))
                    : Optional.empty();
        };
    }

    /** "如果危险正在发生,请立即拨打" and the numbers the words call for. */
    static String dangerLine(String text) {
        return "如果危险正在发生,请立即拨打 " + EmergencyAdvice.numbersFor(text) + "。";
    }

    /** Only what happened: the pushes that went out, to whom; or that nobody could be told. */
    private static String whoWasTold(Dispatch.Recipients told) {
        List<String> who = new ArrayList<>();
        told.assignee().ifPresent(worker -> who.add("网格员" + worker.name()));
        if (!told.centreStaff().isEmpty()) {
            who.add(told.centre().name() + "值班人员" + told.centreStaff().size() + "人");
        }
        if (!told.countyStaff().isEmpty()) {
            who.add("县网格化服务管理中心值班人员" + told.countyStaff().size() + "人");
        }
        if (who.isEmpty()) {
            return "已按紧急事件登记,但暂时没能通知到值班人员,请务必先拨打上面的电话。";
        }
        return "已按紧急事件上报,已推送给" + String.join("、", who) + "。";
    }

    private String where(GridEvent event) {
        GridDirectory directory = grids.directory();
        Optional<GridUnit> unit = directory.find(event.unitCode());
        String centre = unit.map(u -> directory.dispatcherOf(u).name()).orElse("县网格化服务管理中心");
        if (event.gridCode() != null && unit.isPresent()) {
            String line = "网格:" + unit.get().name() + "\n";
            return line + (event.assigneeCode() != null ? "已派给网格员,签收后会通知您。" : "已转" + centre + "派单,派单后会通知您。");
        }
        String area = unit.filter(u -> !u.level().dispatches()).map(u -> u.name() + ",").orElse("");
        return "已转" + area + centre + "统一派单,派单后会通知您。";
    }
}
