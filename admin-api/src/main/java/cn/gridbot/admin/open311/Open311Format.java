package cn.gridbot.admin.open311;

import java.util.Locale;

import org.springframework.http.MediaType;

import cn.gridbot.common.DomainException;

/** The two formats every Open311 endpoint speaks, named by the path's extension ({@code .json}, {@code .xml}). */
enum Open311Format {
    JSON(MediaType.APPLICATION_JSON), XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

    private final MediaType mediaType;

    Open311Format(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    static Open311Format of(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw DomainException.notFound("format", "Open311 answers .json and .xml only");
        };
    }

    /** The format a request path asks for; JSON unless it ends in {@code .xml}. */
    static Open311Format ofPath(String path) {
        return path != null && path.toLowerCase(Locale.ROOT).endsWith(".xml") ? XML : JSON;
    }
}
