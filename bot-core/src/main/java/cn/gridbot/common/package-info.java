/** Small types every feature shares: domain errors, import reports, pages, settings, and the guard every Redis call goes through. */
package cn.gridbot.common;
