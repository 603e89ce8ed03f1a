package io.cascade.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VideoLinksTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/embed/dQw4w9WgXcQ, https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://vimeo.com/76979871, https://player.vimeo.com/video/76979871",
            "https://player.vimeo.com/video/76979871, https://player.vimeo.com/video/76979871"})
    void shouldEmbedYouTubeAndVimeoPlayers(String link, String player) {
        assertThat(VideoLinks.embedUrl(link)).contains(player);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://intranet.example.com/videos/welcome.mp4", "https://vimeo.com/channels/staff"})
    void shouldShowOtherLinksAsPlainLinks(String link) {
        assertThat(VideoLinks.isWebAddress(link)).as("a link the learner can open").isTrue();
        assertThat(VideoLinks.embedUrl(link)).as("but no player").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.youtube.com/watch?v=\"><script>", "https://youtu.be/abc\"onload=x"})
    void shouldNeverMakeAPlayerOfALinkWithMarkupInIt(String link) {
        assertThat(VideoLinks.embedUrl(link)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "youtube.com/watch?v=abc", "javascript:alert(1)", "ftp://example.com/x",
            "https://", "not a link"})
    void shouldRefuseMalformedLinks(String text) {
        assertThat(VideoLinks.isWebAddress(text)).isFalse();
    }
}
