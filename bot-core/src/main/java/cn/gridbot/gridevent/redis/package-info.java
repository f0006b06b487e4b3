/** Redis-backed event number counters, reseeded from the database when Redis lost them. */
package cn.gridbot.gridevent.redis;
