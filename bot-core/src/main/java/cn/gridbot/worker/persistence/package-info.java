/** MyBatis storage of workers. */
package cn.gridbot.worker.persistence;
