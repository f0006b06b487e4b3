/** What every admin controller shares: reading {@code page}/{@code size}, and turning a {@code gridCode} into the caller's scope. */
package cn.gridbot.admin.web;
