/** MyBatis storage of workers, their binding codes and failed binding attempts. */
package cn.gridbot.worker.persistence;
