/** MyBatis storage of the registers, their checks and the re-checks waiting for a numbered reply. */
package cn.gridbot.register.persistence;
