/** MyBatis storage of grid units; geometries are kept as GeoJSON text. */
package cn.gridbot.grid.persistence;
