package dev.stash2plex.app.autostart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** The macOS login entry, read back as launchd reads it: a property list whose keys and values pair up. */
class LaunchAgentTest {

    @Test
    void thePlistIsWellFormedAndCarriesTheLauncherExactlyEvenWithXmlCharactersInItsPath() throws Exception {
        Path launcher = Path.of("/Users/a&b/<Apps>/Stash2Plex.app/Contents/MacOS/Stash2Plex");

        Element dict = dict(LaunchAgent.plist(launcher));
        List<String> keys = new ArrayList<>();
        List<Element> values = new ArrayList<>();
        List<Element> children = elements(dict);
        for (int i = 0; i < children.size(); i += 2) {
            assertThat(children.get(i).getTagName()).isEqualTo("key");
            keys.add(children.get(i).getTextContent());
            values.add(children.get(i + 1));
        }

        assertThat(keys).containsExactly("Label", "ProgramArguments", "RunAtLoad", "ProcessType");
        assertThat(values.get(0).getTextContent()).isEqualTo("dev.stash2plex.app");
        assertThat(elements(values.get(1))).extracting(Node::getTextContent).containsExactly(launcher.toString());
        assertThat(values.get(2).getTagName()).isEqualTo("true");
        assertThat(keys).as("quitting from the tray stays quit until the next login").doesNotContain("KeepAlive");
    }

    private static Element dict(String plist) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The DOCTYPE names Apple's DTD by URL: never fetch it (no traffic but loopback in tests).
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(plist))).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("plist");
        return elements(root).getFirst();
    }

    private static List<Element> elements(Node parent) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
