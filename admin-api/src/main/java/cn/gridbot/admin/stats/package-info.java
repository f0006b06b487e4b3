/** Supervision statistics and the ranked report of child units (督查通报). */
package cn.gridbot.admin.stats;
