/** The Redis client's settings: fail fast while Redis is away, so the guard falls back at once. */
package cn.gridbot.common.redis;
