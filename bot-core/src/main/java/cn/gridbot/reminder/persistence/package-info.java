/** MyBatis reads of the day's care sheet, and the log of reminder runs. */
package cn.gridbot.reminder.persistence;
