package cn.gridbot.reminder;

import java.time.LocalDate;

import cn.gridbot.resident.Resident;

/** A resident on the day's sheet, with one worker of their grid to tell. */
public record CareDue(Resident resident, String workerCode, String workerOpenid) {

    /** The visit due date of README "Conversation": last visit plus interval, or at once ({@code day}) when never visited. */
    public LocalDate visitDue(LocalDate day) {
        LocalDate due = resident.nextVisitDue();
        return due == null ? day : due;
    }
}
