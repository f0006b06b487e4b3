/** Small types every feature shares: domain errors, import reports, pages and the clock settings. */
package cn.gridbot.common;
