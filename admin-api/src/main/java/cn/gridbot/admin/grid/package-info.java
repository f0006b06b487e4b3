/** The grid tree endpoints: GeoJSON import and the unit tree. */
package cn.gridbot.admin.grid;
