/** Duplicate reports (重复件): how alike two complaints about the same grid and category read. */
package cn.gridbot.duplicate;
