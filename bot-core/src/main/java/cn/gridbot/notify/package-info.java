/** The notification outbox: every push is a row written with the change that caused it, delivered later by the dispatcher. */
package cn.gridbot.notify;
