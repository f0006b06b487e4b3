/** The runnable application: configuration, profiles, the embedded mode and the demo county. */
package cn.gridbot.app;
