package org.mycroft.ingest.extraction;

import org.mycroft.ingest.extraction.StructuredLawReader.StructuredLaw;
import org.w3c.dom.Element;

/** One XML dialect of legislation: whether a document's root announces it, and how its provisions are read. */
interface LawDialect {

    /** Whether the root element (local name, namespace URI or "") is this dialect's. */
    boolean announcedBy(String rootName, String namespace);

    /** The law of a document whose root announced this dialect. */
    StructuredLaw read(Element root);
}
