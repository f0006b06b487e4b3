/** The thread pools scheduled jobs run on, one per kind of job. */
package cn.gridbot.common.scheduling;
