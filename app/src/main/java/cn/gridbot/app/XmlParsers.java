package cn.gridbot.app;

/**
 * WxJava parses every inbound message through dom4j, which asks JAXP for a new SAX parser factory
 * each time; without these properties JAXP searches the class path (inside the fat jar) for a
 * provider on every message, which cost about a third of the portal's CPU. Naming the JDK's built-in
 * implementations makes the lookup free. A value set on the command line is kept.
 */
final class XmlParsers {

    private XmlParsers() {
    }

    static void pinJdkDefaults() {
        pin("javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
        pin("javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
        pin("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
    }

    private static void pin(String property, String implementation) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, implementation);
        }
    }
}
