/** MyBatis storage of the calendar. */
package cn.gridbot.calendar.persistence;
