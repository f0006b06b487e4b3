package cn.gridbot.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.gridbot.common.GridbotSettings;
import cn.gridbot.common.Page;
import cn.gridbot.common.PageRequest;

/** Residents in memory, built in domain words: {@code aResident("付良容").inGrid("G1").elderly().bornOn(…)}. */
public final class ResidentTestData {

    private ResidentTestData() {
    }

    public static CareVisits visits(Residents residents, Clock clock, GridbotSettings settings) {
        return new CareVisits(residents, clock, settings);
    }

    public static Builder aResident(String name) {
        return new Builder(name);
    }

    /** Builds a resident. */
    public static final class Builder {
        private final String name;
        private String grid = "G1";
        private LocalDate born = LocalDate.of(1940, 5, 16);
        private Set<CareTag> tags = Set.of();
        private Integer interval;
        private LocalDate lastVisit;

        Builder(String name) {
            this.name = name;
        }

        public Builder inGrid(String code) {
            grid = code;
            return this;
        }

        public Builder bornOn(LocalDate day) {
            born = day;
            return this;
        }

        public Builder elderly() {
            tags = Set.of(CareTag.ELDERLY);
            return this;
        }

        public Builder visitedEvery(int days, LocalDate last) {
            interval = days;
            lastVisit = last;
            return this;
        }

        public Resident build() {
            return new Resident(null, name, "F", born, null, null, name + "家", grid, tags, interval, lastVisit, null);
        }
    }

    /** A register of residents in memory. */
    public static final class InMemoryResidents implements Residents {

        private final List<Resident> residents = new ArrayList<>();
        private final List<Visit> visits = new ArrayList<>();
        private long ids;

        @Override
        public synchronized Optional<Resident> findById(long id) {
            return residents.stream().filter(r -> r.id() == id).findFirst();
        }

        @Override
        public synchronized Page<Resident> list(String unitPath, CareTag tag, PageRequest page) {
            return new Page<>(List.copyOf(residents), page.page(), page.size(), residents.size());
        }

        @Override
        public synchronized List<Resident> findInGrid(String gridCode, String name) {
            return residents.stream().filter(r -> r.gridCode().equals(gridCode) && r.name().equals(name)).toList();
        }

        @Override
        public synchronized List<Resident> findByName(String name) {
            return residents.stream().filter(r -> r.name().equals(name)).toList();
        }

        @Override
        public synchronized List<Resident> birthdaysInGrid(String gridCode, List<Integer> monthDays) {
            return residents.stream().filter(r -> r.gridCode().equals(gridCode) && r.remindsBirthday() && r.birthDate() != null
                    && monthDays.contains(r.birthDate().getMonthValue() * 100 + r.birthDate().getDayOfMonth())).toList();
        }

        @Override
        public synchronized List<Resident> visitsDueInGrid(String gridCode, LocalDate by, int limit) {
            return residents.stream().filter(r -> r.gridCode().equals(gridCode) && r.hasVisitSchedule()
                    && (r.lastVisitDate() == null || !r.nextVisitDue().isAfter(by))).limit(limit).toList();
        }

        @Override
        public synchronized List<Visit> visitsBy(String workerCode, LocalDate from, LocalDate to) {
            return visits.stream().filter(v -> workerCode.equals(v.workerCode()) && !v.date().isBefore(from) && !v.date().isAfter(to))
                    .toList();
        }

        @Override
        public synchronized void logVisit(Visit visit) {
            visits.add(visit);
            Resident r = findById(visit.residentId()).orElseThrow();
            if (r.lastVisitDate() == null || r.lastVisitDate().isBefore(visit.date())) {
                update(new Resident(r.id(), r.name(), r.gender(), r.birthDate(), r.phone(), r.idNumber(), r.address(),
                        r.gridCode(), r.tags(), r.visitIntervalDays(), visit.date(), r.openid()));
            }
        }

        @Override
        public synchronized void update(Resident resident) {
            residents.removeIf(r -> r.id().equals(resident.id()));
            residents.add(resident);
        }

        @Override
        public synchronized boolean upsert(Resident resident) {
            Resident stored = new Resident(++ids, resident.name(), resident.gender(), resident.birthDate(), resident.phone(),
                    resident.idNumber(), resident.address(), resident.gridCode(), resident.tags(),
                    resident.visitIntervalDays(), resident.lastVisitDate(), resident.openid());
            residents.add(stored);
            return true;
        }

        public synchronized List<Visit> visits() {
            return List.copyOf(visits);
        }
    }
}
