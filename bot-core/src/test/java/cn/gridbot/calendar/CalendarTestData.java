package cn.gridbot.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The working calendar built from the shipped holiday file, in memory. */
public final class CalendarTestData {

    private CalendarTestData() {
    }

    public static WorkingCalendar shipped() {
        List<CalendarDay> days = new ArrayList<>();
        try (var in = CalendarTestData.class.getClassLoader().getResourceAsStream(CalendarImport.SHIPPED)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",");
                days.add(new CalendarDay(LocalDate.parse(f[0]), CalendarDay.Kind.valueOf(f[1]), f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingCalendar(new CalendarDays() {
            @Override
            public List<CalendarDay> findAll() {
                return days;
            }

            @Override
            public List<CalendarDay> findYear(int year) {
                return days.stream().filter(d -> d.day().getYear() == year).toList();
            }

            @Override
            public void replaceYear(int year, List<CalendarDay> rows) {
                throw new UnsupportedOperationException("read-only in tests");
            }

            @Override
            public String fingerprint() {
                return "shipped";
            }
        });
    }
}
