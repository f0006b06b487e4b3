/** Care reminders (README "Conversation") and the workers' daily digest: the daily sheet of what is due. */
package cn.gridbot.reminder;
