/**
 * Fault-injection tests: each runs GridBot against servers of its own (a private {@code redis-server},
 * a private {@code mariadbd}, application instances in child JVMs) and breaks them, never the machine's
 * shared services.
 */
package cn.gridbot.app.faults;
