/** The event queue: filtered lists, one event with its timeline, and the supervisor's actions. */
package cn.gridbot.admin.event;
