/** The working-day calendar: public holidays and make-up working days (调休), kept as data an admin can update. */
package cn.gridbot.calendar;
