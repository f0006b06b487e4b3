/** Redis-backed conversation stores: message claims and replies, flood counters, dialog state. */
package cn.gridbot.conversation.redis;
