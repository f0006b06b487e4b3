/** Grid units (county, township, community, grid), their polygons and place keywords, and the router from text or location to a unit. */
package cn.gridbot.grid;
