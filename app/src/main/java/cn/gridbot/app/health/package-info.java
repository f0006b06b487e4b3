/** Health as an operator needs it: Redis or the database away is DEGRADED, with what GridBot does about it. */
package cn.gridbot.app.health;
