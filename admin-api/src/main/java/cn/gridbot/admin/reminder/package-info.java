/** Running the care reminders for a date on demand. */
package cn.gridbot.admin.reminder;
