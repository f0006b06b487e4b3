/** MyBatis plumbing shared by every mapper: how instants are stored, and LIKE patterns that match literally. */
package cn.gridbot.common.persistence;
