/** The notification outbox as supervisors read it: what was pushed, to whom, and how delivery went. */
package cn.gridbot.admin.notify;
