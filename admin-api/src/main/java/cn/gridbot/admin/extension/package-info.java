/** {@code /api/v1/extensions}: the extension requests (延期) of the caller's units, and their approval or refusal. */
package cn.gridbot.admin.extension;
