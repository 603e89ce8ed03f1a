package io.cascade.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

class MarkdownTest {

    @Test
    void shouldRenderEmphasisListsAndLinks() {
        String html = Markdown.toSafeHtml("Greet **every** guest:\n\n- smile\n- [listen](https://example.com)");

        assertThat(html).startsWith("<div class=\"markdown\">").endsWith("</div>")
                .contains("<strong>every</strong>", "<li>smile</li>", "href=\"https://example.com\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "![x](javascript:alert(1))"})
    void shouldLetNoScriptSurvive(String markdown) {
        Document rendered = Jsoup.parseBodyFragment(Markdown.toSafeHtml(markdown));

        assertThat(rendered.select("script, iframe, object, embed")).isEmpty();
        assertThat(rendered.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().toLowerCase().startsWith("on")
                        || attribute.getValue().toLowerCase().contains("javascript:")));
    }
}
