package io.cascade.organization;

import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the organisation's logo to everyone (the sign-in page shows it before anyone signs in). The address carries
 * the logo's digest, so a browser may keep a copy for a day and still sees a new logo at once; an SVG is served
 * sandboxed, so opened on its own it cannot run anything.
 */
@RestController
class LogoController {

    private final LogoService logos;

    LogoController(LogoService logos) {
        this.logos = logos;
    }

    @GetMapping("/" + LogoService.PATH)
    ResponseEntity<byte[]> logo(@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String etag) {
        return logos.file().map(logo -> {
            String tag = "\"" + logo.sha256() + "\"";
            var response = (tag.equals(etag) ? ResponseEntity.status(HttpStatus.NOT_MODIFIED) : ResponseEntity.ok())
                    .eTag(tag)
                    .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic())
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
            return tag.equals(etag) ? response.<byte[]>build()
                    : response.contentType(MediaType.parseMediaType(logo.contentType())).body(logo.content());
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
