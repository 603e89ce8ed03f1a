package io.cascade.catalog;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Course text is written in Markdown and shown as HTML. Two fences keep scripts out: commonmark escapes any raw HTML
 * in the source and drops unsafe link targets (javascript:), and the result is then cleaned against jsoup's
 * allow-list, so even a renderer bug cannot let an event handler or a script element through.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.relaxed().addAttributes("a", "rel")
            .removeProtocols("img", "src", "http");

    private Markdown() {
    }

    /** The Markdown as safe HTML wrapped in one {@code <div>} (what Vaadin's {@code Html} needs); null reads as empty. */
    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return "<div class=\"markdown\">" + Jsoup.clean(html, SAFE) + "</div>";
    }
}
