/** {@code /api/v1/patrols} and {@code /api/v1/stats/patrols}: grid workers' patrols and the twice-daily duty. */
package cn.gridbot.admin.patrol;
