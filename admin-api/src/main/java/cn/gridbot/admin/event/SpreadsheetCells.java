package cn.gridbot.admin.event;

/**
 * Cells of a CSV the API writes, made safe for spreadsheets: a text cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would run as a formula in Excel or WPS
 * (a complaint starting {@code =HYPERLINK(…)}), so it gets a leading {@code '} and stays text.
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    static Object[] neutralise(Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] instanceof CharSequence text ? neutralise(text.toString()) : cells[i];
        }
        return safe;
    }

    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
