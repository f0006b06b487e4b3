/** MyBatis storage of the notification outbox. */
package cn.gridbot.notify.persistence;
