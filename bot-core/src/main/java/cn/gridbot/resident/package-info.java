/** The register of residents with their care tags, birthdays and visit schedules. */
package cn.gridbot.resident;
