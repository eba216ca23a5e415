package org.mycroft.ingest.bench;

import java.io.InputStream;
import java.util.Iterator;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.ContentStream;
import org.apache.solr.handler.ContentStreamHandlerBase;
import org.apache.solr.handler.loader.ContentStreamLoader;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.security.AuthorizationContext;
import org.apache.solr.update.AddUpdateCommand;
import org.apache.solr.update.processor.UpdateRequestProcessor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A stand-in for Solr Cell's {@code ExtractingRequestHandler} ({@code /update/extract}), whose
 * solr-cell module is not in the Maven registry these machines reach. It does the same work in the
 * same place: a request handler inside Solr receives the file as a content stream, Tika's
 * AutoDetectParser reads it whole (archive members too, as Solr Cell's parse context asks), and one
 * document per file goes through the core's update chain, like any update request.
 *
 * <p>The document is built as Solr Cell builds it: {@code literal.*} parameters first, then Tika's
 * metadata (names lower-cased with {@code lowernames}, renamed by {@code fmap.*}, a name the schema
 * lacks prefixed with {@code uprefix}), then the text of the body and of element attributes (Solr
 * Cell's default without {@code captureAttr}) in the content field. A metadata field the schema
 * still lacks is dropped: what {@code uprefix=ignored_} does with Solr's {@code ignored_*} field.
 */
final class ExtractingHandlerStandIn extends ContentStreamHandlerBase {

    static final String PATH = "/update/extract";

    private final AutoDetectParser parser = new AutoDetectParser();

    @Override
    protected ContentStreamLoader newLoader(SolrQueryRequest request, UpdateRequestProcessor processor) {
        return new ContentStreamLoader() {
            @Override
            public void load(SolrQueryRequest req, SolrQueryResponse rsp, ContentStream stream, UpdateRequestProcessor chain)
                    throws Exception {
                Metadata metadata = new Metadata();
                if (stream.getName() != null) {
                    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, stream.getName());
                }
                if (stream.getContentType() != null) {
                    metadata.set(Metadata.CONTENT_TYPE, stream.getContentType());
                }
                ParseContext context = new ParseContext();
                context.set(Parser.class, parser); // embedded documents are read into the same text
                Content content = new Content();
                try (InputStream in = stream.getStream()) {
                    parser.parse(in, content, metadata, context);
                }
                AddUpdateCommand add = new AddUpdateCommand(req);
                add.solrDoc = document(req.getParams(), req.getSchema(), metadata, content.text.toString());
                chain.processAdd(add);
            }
        };
    }

    /** The text Solr Cell collects: characters, attribute values, a space around every element. */
    private static final class Content extends DefaultHandler {
        final StringBuilder text = new StringBuilder(4096);

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            for (int i = 0; i < attributes.getLength(); i++) {
                text.append(' ').append(attributes.getValue(i));
            }
            text.append(' ');
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            text.append(' ');
        }

        @Override
        public void characters(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void ignorableWhitespace(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }
    }

    static SolrInputDocument document(SolrParams params, IndexSchema schema, Metadata metadata, String text) {
        SolrInputDocument doc = new SolrInputDocument();
        for (Iterator<String> names = params.getParameterNamesIterator(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith("literal.")) {
                for (String value : params.getParams(name)) {
                    doc.addField(name.substring("literal.".length()), value);
                }
            }
        }
        for (String name : metadata.names()) {
            String field = field(params, schema, name);
            if (field != null && !doc.containsKey(field)) { // literals win
                add(doc, schema.getField(field), metadata.getValues(name));
            }
        }
        String content = field(params, schema, "content");
        if (content != null && !doc.containsKey(content)) {
            doc.addField(content, text);
        }
        return doc;
    }

    /** The field a metadata name lands in, or null when the schema has none (uprefix pointing at ignored_*). */
    private static String field(SolrParams params, IndexSchema schema, String name) {
        String field = name;
        if (params.getBool("lowernames", false)) {
            StringBuilder lower = new StringBuilder(name.length());
            for (char c : name.toCharArray()) {
                lower.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : '_');
            }
            field = lower.toString();
        }
        field = params.get("fmap." + field, field);
        if (schema.getFieldOrNull(field) == null) {
            field = params.get("uprefix", "") + field;
        }
        return schema.getFieldOrNull(field) == null ? null : field;
    }

    /** A single-valued field takes the values joined by spaces, as Solr Cell does. */
    private static void add(SolrInputDocument doc, SchemaField field, String[] values) {
        if (field.multiValued() || values.length == 1) {
            for (String v : values) {
                doc.addField(field.getName(), v);
            }
        } else {
            doc.addField(field.getName(), String.join(" ", values));
        }
    }

    @Override
    public Name getPermissionName(AuthorizationContext context) {
        return Name.UPDATE_PERM; // what Solr Cell asks: it writes to the index
    }

    @Override
    public String getDescription() {
        return "Stand-in for Solr Cell's extracting request handler (benchmark only)";
    }
}
