package org.stemma.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.stemma.model.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A text-reuse corpus in the PAN-PC-11 layout (Potthast et al. 2010): {@code source-documents/*.txt},
 * {@code suspicious-documents/*.txt}, and beside each suspicious text an {@code .xml} whose
 * {@code <feature name="plagiarism">} elements give the gold cases.
 *
 * @param sources    source texts by file name, sorted
 * @param suspicious suspicious texts by file name, sorted
 * @param cases      gold cases, in suspicious-document order then file order
 */
public record PanCorpus(Map<String, String> sources, Map<String, String> suspicious, List<PanCase> cases) {

    public PanCorpus {
        sources = Map.copyOf(sources);
        suspicious = Map.copyOf(suspicious);
        cases = List.copyOf(cases);
    }

    /**
     * One gold case: {@code suspicious[inSuspicious]} reuses {@code source[inSource]}.
     *
     * @param obfuscation {@code simulated}, or an artificial case's obfuscation ({@code none},
     *                    {@code random-shuffling}, ...)
     */
    public record PanCase(String suspicious, Span inSuspicious, String source, Span inSource, String obfuscation) {
    }

    /**
     * Reads the corpus under {@code dir}. Offsets in the XML are char offsets into the texts as decoded
     * (UTF-8; malformed bytes become U+FFFD, one char each, as everywhere in stemma).
     *
     * @throws IOException when a folder is missing or a file cannot be read
     * @throws IllegalArgumentException when an XML file is malformed or a case lies outside its texts
     */
    public static PanCorpus read(Path dir) throws IOException {
        Map<String, String> sources = texts(dir.resolve("source-documents"));
        Map<String, String> suspicious = texts(dir.resolve("suspicious-documents"));
        List<PanCase> cases = new ArrayList<>();
        DocumentBuilder xml = parser();
        for (String name : suspicious.keySet()) {
            Path file = dir.resolve("suspicious-documents").resolve(name.replaceFirst("\\.txt$", ".xml"));
            if (!Files.exists(file)) {
                continue;
            }
            Document doc;
            try (InputStream in = Files.newInputStream(file)) {
                doc = xml.parse(in);
            } catch (SAXException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
            // every element naming a plagiarism case, whatever its tag: one file of the Indonesian corpus
            // misspells <feature>, and dropping its case would turn a true detection into a false one
            NodeList features = doc.getElementsByTagName("*");
            for (int i = 0; i < features.getLength(); i++) {
                Element f = (Element) features.item(i);
                if (!"plagiarism".equals(f.getAttribute("name")) || !f.hasAttribute("this_offset")) {
                    continue;
                }
                String type = f.getAttribute("type");
                String obfuscation = "artificial".equals(type) && f.hasAttribute("obfuscation")
                        ? f.getAttribute("obfuscation") : type;
                String source = f.getAttribute("source_reference");
                Span inSusp = span(f, "this_offset", "this_length", file);
                Span inSrc = span(f, "source_offset", "source_length", file);
                if (!sources.containsKey(source) || inSusp.end() > suspicious.get(name).length()
                        || inSrc.end() > sources.get(source).length()) {
                    throw new IllegalArgumentException(file + ": case outside its texts: " + source + " " + inSrc);
                }
                cases.add(new PanCase(name, inSusp, source, inSrc, obfuscation));
            }
        }
        return new PanCorpus(sources, suspicious, cases);
    }

    private static Span span(Element f, String offset, String length, Path file) {
        try {
            int start = Integer.parseInt(f.getAttribute(offset));
            return new Span(start, Math.addExact(start, Integer.parseInt(f.getAttribute(length))));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": bad " + offset + "/" + length + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> texts(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                out.put(f.getFileName().toString(), decode(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    private static String decode(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    /** An XML parser that reads no DTD and no external entity: gold files are data, not code. */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required feature", e);
        }
    }
}
