/** MyBatis plumbing shared by every mapper: how instants are stored. */
package cn.gridbot.common.persistence;
