package cn.gridbot.admin.calendar;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gridbot.admin.security.Principal;
import cn.gridbot.calendar.CalendarDay;
import cn.gridbot.calendar.CalendarDays;
import cn.gridbot.calendar.CalendarImport;
import cn.gridbot.common.DomainException;

/**
 * {@code /api/v1/calendar/{year}}: the year's holidays and make-up working days (调休); an ADMIN replaces
 * a year with the State Council notice as CSV {@code date,kind,name}, without a release.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {

    private final CalendarDays days;
    private final CalendarImport importer;

    CalendarController(CalendarDays days, CalendarImport importer) {
        this.days = days;
        this.importer = importer;
    }

    @GetMapping("/{year}")
    Map<String, Object> year(@PathVariable int year) {
        return Map.of("year", year, "days", days.findYear(check(year)));
    }

    @PutMapping(path = "/{year}", consumes = { "text/csv", "text/plain", "application/octet-stream" })
    Map<String, Object> replace(@PathVariable int year, @RequestBody byte[] csv, Principal principal) {
        principal.requireAdmin();
        List<CalendarDay> stored = importer.replaceYear(check(year), csv);
        return Map.of("year", year, "days", stored);
    }

    private static int check(int year) {
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid("year", "year must be between 2000 and 2100");
        }
        return year;
    }
}
