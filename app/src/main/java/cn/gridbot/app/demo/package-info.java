/** The demo county (安岳县, from the seed article), loaded on first start of the embedded mode. */
package cn.gridbot.app.demo;
