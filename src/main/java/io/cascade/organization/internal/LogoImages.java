package io.cascade.organization.internal;

import io.cascade.base.i18n.Text;
import io.cascade.organization.LogoRejectedException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tells what an uploaded logo is from its content, not its name: a PNG or JPEG (by signature, with a size read from
 * its header) or an SVG (well-formed XML whose root is {@code svg}, without scripts or event handlers, which a browser
 * would run if someone opened the image on its own, and without a DOCTYPE). Anything else is refused with a reason.
 */
public final class LogoImages {

    public static final int MAX_BYTES = 512 * 1024;
    /** Where the logo is served. */
    public static final String PATH = "organisation/logo";
    private static final int MAX_PIXELS = 4096;
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private LogoImages() {
    }

    /** The address of a logo by its digest: a new logo has a new address, so browsers fetch it. */
    public static String url(String sha256) {
        return PATH + "?v=" + sha256.substring(0, 16);
    }

    /** The content type of a logo Cascade can show, or {@link LogoRejectedException} saying why not. */
    public static String contentType(byte[] content) {
        if (content == null || content.length == 0) {
            throw new LogoRejectedException(Text.of("organization.logo.empty"));
        }
        if (content.length > MAX_BYTES) {
            throw new LogoRejectedException(Text.of("organization.logo.tooLarge", (content.length + 1023) / 1024,
                    MAX_BYTES / 1024));
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            checkPixels(content, "PNG");
            return "image/png";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            checkPixels(content, "JPEG");
            return "image/jpeg";
        }
        String text = utf8(content);
        if (text != null && text.contains("<svg")) {
            checkSvg(text);
            return "image/svg+xml";
        }
        throw new LogoRejectedException(Text.of("organization.logo.notAnImage"));
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads only the header: a small file can still claim billions of pixels. */
    private static void checkPixels(byte[] content, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw damaged(format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_PIXELS || height > MAX_PIXELS) {
                    throw new LogoRejectedException(Text.of("organization.logo.tooManyPixels", width, height,
                            MAX_PIXELS));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof LogoRejectedException rejected) {
                throw rejected;
            }
            throw damaged(format);
        }
    }

    private static LogoRejectedException damaged(String format) {
        return new LogoRejectedException(Text.of("organization.logo.damaged", format));
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void checkSvg(String text) {
        Element root;
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // No DOCTYPE at all: an internal entity could hide markup from the check below (it stays an unexpanded
            // reference here, but the browser expands it), and an external one could read files.
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            root = builder.parse(new InputSource(new StringReader(text))).getDocumentElement();
        } catch (SAXException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw new LogoRejectedException(Text.of("organization.logo.svgDoctype"));
            }
            throw new LogoRejectedException(Text.of("organization.logo.svgMalformed"));
        } catch (ParserConfigurationException | IOException | RuntimeException e) {
            throw new LogoRejectedException(Text.of("organization.logo.svgMalformed"));
        }
        if (!"svg".equals(localName(root))) {
            throw new LogoRejectedException(Text.of("organization.logo.notAnImage"));
        }
        if (active(root)) {
            throw new LogoRejectedException(Text.of("organization.logo.svgActive"));
        }
    }

    /** Whether an element or anything inside it can run code: script, foreignObject, on… attributes, javascript: links. */
    private static boolean active(Element root) {
        Deque<Element> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            String name = localName(element);
            if (name.equals("script") || name.equals("foreignobject") || name.equals("iframe")
                    || name.equals("embed") || name.equals("object")) {
                return true;
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                String value = attribute.getNodeValue().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
                if (localName(attribute).startsWith("on") || value.contains("javascript:")) {
                    return true;
                }
            }
            NodeList children = element.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element child) {
                    pending.push(child);
                }
            }
        }
        return false;
    }

    private static String localName(Node node) {
        return (node.getLocalName() == null ? node.getNodeName() : node.getLocalName()).toLowerCase(Locale.ROOT);
    }
}
