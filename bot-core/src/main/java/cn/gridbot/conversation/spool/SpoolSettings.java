package cn.gridbot.conversation.spool;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code gridbot.spool.dir}: the folder of this instance's spool (default {@code <gridbot.data-dir>/spool}).
 * Keep it on a persistent disk, one per instance: messages wait there while the database is away.
 */
@ConfigurationProperties("gridbot.spool")
record SpoolSettings(Path dir) {
}
