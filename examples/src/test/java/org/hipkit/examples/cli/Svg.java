package org.hipkit.examples.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads an SVG document with the JDK's XML parser, strictly, for tests to look into. */
final class Svg {

  static final String NAMESPACE = "http://www.w3.org/2000/svg";

  private Svg() {}

  /** Parses the text as namespace-aware XML; any error (not just a fatal one) fails. */
  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
      @Override
      public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
        throw e;
      }

      @Override
      public void warning(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
        throw e;
      }
    });
    return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** The SVG elements with the given local name, in document order. */
  static List<Element> elements(Document document, String name) {
    NodeList nodes = document.getElementsByTagNameNS(NAMESPACE, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  /** The SVG elements below {@code parent} with the given local name, in document order. */
  static List<Element> elements(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(NAMESPACE, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  /** The elements with the given local name whose class list holds {@code className}. */
  static List<Element> withClass(Document document, String name, String className) {
    return elements(document, name).stream()
        .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(className))
        .toList();
  }
}
