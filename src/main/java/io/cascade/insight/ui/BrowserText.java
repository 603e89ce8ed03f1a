package io.cascade.insight.ui;

import io.cascade.base.i18n.Text;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A message of the bundles whose arguments only the browser knows, as a JavaScript expression for a Lit template:
 * the dashboard's cells write their tooltips in the browser from their figures, because written out on the server
 * they were most of the first response (docs/performance.md). The message is read in the page's language on the
 * server, once per template, and its words enter the template's code as JSON string literals, so no quote, backtick
 * or markup in a translation can become code or HTML; the arguments are the template's own expressions
 * ({@code item.codes[i]}, {@code cell.n[0]}). Lit writes the result as text or an attribute's value.
 */
final class BrowserText {

    private static final char START = '\uE000';
    private static final char END = '\uE001';

    private BrowserText() {
    }

    /**
     * {@code key}'s message in {@code locale}'s language as an expression that puts it together, e.g.
     * {@code ("" + (item.code) + ": attended")}. The message's arguments must be plain ({@code {0}}, not
     * {@code {0, number}}): the browser's values fill them in as they are.
     */
    static String expression(Locale locale, String key, String... arguments) {
        Object[] markers = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            markers[i] = START + String.valueOf(i) + END;
        }
        String message = Text.of(key, markers).in(locale);
        List<String> parts = new ArrayList<>();
        int at = 0;
        while (at < message.length()) {
            int start = message.indexOf(START, at);
            int end = start < 0 ? -1 : message.indexOf(END, start);
            if (start < 0 || end < 0) {
                parts.add(literal(message.substring(at)));
                break;
            }
            if (start > at) {
                parts.add(literal(message.substring(at, start)));
            }
            parts.add("(" + arguments[Integer.parseInt(message.substring(start + 1, end))] + ")");
            at = end + 1;
        }
        // a leading string makes + join text, not add numbers
        if (parts.isEmpty() || !parts.getFirst().startsWith("\"")) {
            parts.addFirst("\"\"");
        }
        return "(" + String.join(" + ", parts) + ")";
    }

    /** Fixed text of the bundles as a script string literal. */
    static String literal(String text) {
        return JsonNodeFactory.instance.stringNode(text).toString();
    }
}
