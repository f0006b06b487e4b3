/** The routing dry run: what category and grid a message would get, with nothing stored. */
package cn.gridbot.admin.routing;
