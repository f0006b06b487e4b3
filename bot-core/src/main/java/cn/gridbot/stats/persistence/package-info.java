/** MyBatis reads of the statistics counters and of the events of small scopes. */
package cn.gridbot.stats.persistence;
