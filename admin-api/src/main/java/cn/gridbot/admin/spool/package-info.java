/** {@code GET /api/v1/spool}: the messages this instance keeps while the database is away, and the parked ones. */
package cn.gridbot.admin.spool;
