/** Redis-backed counters of failed binding attempts. */
package cn.gridbot.worker.redis;
