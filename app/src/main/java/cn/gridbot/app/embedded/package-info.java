/** The embedded mode: an in-process Redis on a free loopback port, and local defaults for the demo. */
package cn.gridbot.app.embedded;
