package io.cascade.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Video links of VIDEO modules: YouTube and Vimeo links become their embeddable player address, any other host is
 * shown as a plain link.
 */
public final class VideoLinks {

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{6,20}");
    private static final Pattern VIMEO_ID = Pattern.compile("\\d{5,12}");

    private VideoLinks() {
    }

    /** Whether the text is an absolute http or https address with a host. */
    public static boolean isWebAddress(String text) {
        return parse(text).isPresent();
    }

    /** The player address to embed for a YouTube or Vimeo link, or empty for any other link. */
    public static Optional<String> embedUrl(String link) {
        return parse(link).flatMap(uri -> {
            String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www\\.|m\\.)", "");
            String path = uri.getPath() == null ? "" : uri.getPath();
            return switch (host) {
                case "youtube.com" -> path.equals("/watch") ? queryParameter(uri, "v").flatMap(VideoLinks::youtube)
                        : lastSegmentAfter(path, "/embed/", "/shorts/", "/live/").flatMap(VideoLinks::youtube);
                case "youtu.be" -> lastSegmentAfter(path, "/").flatMap(VideoLinks::youtube);
                case "vimeo.com", "player.vimeo.com" -> lastSegmentAfter(path, "/video/", "/")
                        .filter(id -> VIMEO_ID.matcher(id).matches())
                        .map(id -> "https://player.vimeo.com/video/" + id);
                default -> Optional.empty();
            };
        });
    }

    private static Optional<String> youtube(String id) {
        return YOUTUBE_ID.matcher(id).matches() ? Optional.of("https://www.youtube-nocookie.com/embed/" + id)
                : Optional.empty();
    }

    private static Optional<URI> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getHost().contains(".");
            return web ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> queryParameter(URI uri, String name) {
        if (uri.getRawQuery() == null) {
            return Optional.empty();
        }
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return Optional.of(pair.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> lastSegmentAfter(String path, String... prefixes) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                Matcher rest = Pattern.compile("^([^/]+)/?$").matcher(path.substring(prefix.length()));
                if (rest.matches()) {
                    return Optional.of(rest.group(1));
                }
            }
        }
        return Optional.empty();
    }
}
