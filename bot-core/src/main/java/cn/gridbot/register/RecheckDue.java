package cn.gridbot.register;

/** A record on the day's re-check sheet, with one worker of its grid to tell. */
public record RecheckDue(RegisterRecord record, String workerCode, String workerOpenid) {
}
