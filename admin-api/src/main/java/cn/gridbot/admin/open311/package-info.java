/** The Open311 GeoReport v2 facade: categories as services, events as service requests. */
package cn.gridbot.admin.open311;
