/** The holiday calendar: public holidays and make-up working days, replaced per year by an admin. */
package cn.gridbot.admin.calendar;
