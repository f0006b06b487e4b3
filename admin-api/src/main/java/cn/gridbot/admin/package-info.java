/** The supervisors' REST API under {@code /api/v1}: registers, the event queue, statistics. */
package cn.gridbot.admin;
