package cn.gridbot.admin.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.security.Principal;
import cn.gridbot.common.DomainException;
import cn.gridbot.reminder.ReminderCounts;
import cn.gridbot.reminder.ReminderRun;

/**
 * {@code POST /api/v1/reminders/run?date=YYYY-MM-DD} (README "Admin API"): runs the care reminders (README "Conversation") for that date now and
 * answers the counts created per kind — zeros when the date already ran.
 */
@RestController
@RequestMapping("/api/v1/reminders")
class ReminderController {

    private final ReminderRun reminders;

    ReminderController(ReminderRun reminders) {
        this.reminders = reminders;
    }

    /** ADMIN only: a run covers the whole county, whatever units a token has. */
    @PostMapping("/run")
    Map<String, Object> run(@RequestParam String date, Principal principal) {
        principal.requireAdmin();
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-parameter", "date must be YYYY-MM-DD");
        }
        ReminderCounts counts = reminders.run(day);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("date", counts.date().toString());
        counts.created().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> answer.put(e.getKey().name(), e.getValue()));
        answer.put("total", counts.total());
        answer.put("millis", counts.millis());
        return answer;
    }
}
