/** Care reminders (SPEC §7) and the workers' daily digest: the daily sheet of what is due. */
package cn.gridbot.reminder;
