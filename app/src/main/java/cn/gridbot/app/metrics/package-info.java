/** The operators' meters (README "Metrics"): the gridbot_* series at /actuator/prometheus. */
package cn.gridbot.app.metrics;
