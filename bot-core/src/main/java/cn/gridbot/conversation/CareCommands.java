package cn.gridbot.conversation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gridbot.common.DomainException;
import cn.gridbot.resident.CareLabels;
import cn.gridbot.resident.CareVisits;
import cn.gridbot.resident.Resident;
import cn.gridbot.resident.Residents;
import cn.gridbot.worker.Worker;

/** A worker's care commands (README "Conversation"): "走访 姓名或编号 记录" logs a visit; "生日" lists birthdays in the next 7 days. */
@Component
class CareCommands {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");
    private static final int BIRTHDAY_DAYS = 7;

    private final CareVisits visits;
    private final Residents residents;

    CareCommands(CareVisits visits, Residents residents) {
        this.visits = visits;
        this.residents = residents;
    }

    Handled visit(Worker worker, String reference, String note, String openid) {
        CareVisits.Lookup lookup = visits.lookup(worker.unitCode(), reference);
        if (lookup.matches().isEmpty()) {
            return Handled.reply(lookup.elsewhere() ? reference + " 不是您网格的居民,不能由您登记走访。"
                    : "本网格没有找到「" + reference + "」。请核对姓名,或回复「走访 编号 记录」。");
        }
        if (lookup.matches().size() > 1) {
            StringBuilder text = new StringBuilder("本网格有 ").append(lookup.matches().size()).append(" 位「")
                    .append(reference).append("」,请回复「走访 编号 记录」指明是哪一位:\n");
            for (Resident r : lookup.matches()) {
                text.append("编号 ").append(r.id()).append(" ").append(CareLabels.describe(r, visits.today())).append("\n");
            }
            return Handled.reply(text.toString().strip());
        }
        Resident resident;
        try {
            resident = visits.log(lookup.matches().get(0), visits.today(), worker.code(), note);
        } catch (DomainException e) {
            return Handled.reply("走访没有登记:" + e.getMessage());
        }
        LocalDate next = resident.nextVisitDue();
        return Handled.reply("已登记走访:" + CareLabels.describe(resident, visits.today()) + ",日期 " + DAY.format(visits.today())
                + (next == null ? "。" : "。下次走访 " + DAY.format(next) + " 前。"));
    }

    Handled birthdays(Worker worker) {
        LocalDate today = visits.today();
        LocalDate last = today.plusDays(BIRTHDAY_DAYS);
        List<Resident> found = residents.birthdaysInGrid(worker.unitCode(), CareLabels.birthMonthDays(today, last));
        List<Resident> upcoming = found.stream()
                .sorted(Comparator.comparing(r -> CareLabels.nextBirthday(r.birthDate(), today))).toList();
        if (upcoming.isEmpty()) {
            return Handled.reply("未来 " + BIRTHDAY_DAYS + " 天本网格没有关爱对象过生日。");
        }
        StringBuilder text = new StringBuilder("未来 " + BIRTHDAY_DAYS + " 天过生日的关爱对象:\n");
        for (Resident r : upcoming) {
            LocalDate day = CareLabels.nextBirthday(r.birthDate(), today);
            text.append("· ").append(DAY.format(day)).append(day.equals(today) ? "(今天)" : "").append(" ")
                    .append(CareLabels.describe(r, day)).append("\n");
        }
        return Handled.reply(text.toString().strip());
    }
}
