package org.mycroft.core.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.core.SolrCore;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.SchemaField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.solr.EmbeddedSolr;
import org.mycroft.core.solr.LocalSolrServer;

/**
 * The contract between the code and the configset: every field name in {@link IndexFields} (read
 * by reflection, so it always runs) is a field of the schema Solr actually loads, with the
 * properties the code relies on.
 */
class SchemaContractTest {

    private static final String CORE = "contract";

    static Set<String> fieldNames() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field f : IndexFields.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && f.getType() == String.class) {
                names.add((String) f.get(null));
            }
        }
        return names;
    }

    @Test
    void schemaDefinesEveryIndexField(@TempDir Path home) throws Exception {
        Set<String> names = fieldNames();
        assertTrue(names.size() > 30, "read " + names);
        try (LocalSolrServer solr = EmbeddedSolr.start(home, CORE); SolrCore core = solr.getCoreContainer().getCore(CORE)) {
            IndexSchema schema = core.getLatestSchema();
            for (String name : names) {
                assertTrue(schema.getFields().containsKey(name), "schema lacks IndexFields field " + name);
            }
            SchemaField evidence = schema.getField("tag_evidence");
            assertTrue(evidence.stored() && !evidence.indexed() && !evidence.hasDocValues());
            for (String text : List.of("text_en", "text_fr", "text_es", "text_general", "title")) {
                assertTrue(schema.getField(text).storeOffsetsWithPositions(), text + " has offsets for the highlighter");
            }
            for (String tags : List.of("articles", "articles_expanded", "crime_types", "crime_types_expanded",
                    "cross_cutting")) {
                SchemaField field = schema.getField(tags);
                assertTrue(field.multiValued() && field.hasDocValues(), tags + " is a multi-valued docValues string");
            }
        }
    }
}
