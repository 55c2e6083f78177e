package io.auditpack.report.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * NIST's OSCAL 1.1.3 JSON schemas (draft-07), as bundled in liboscal-java 5.2.0, checked with the networknt validator
 * with format assertions on (date-time, uri, uri-reference, email).
 */
public final class OscalSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Draft-07 as the validator knows it, except that {@code id} is an annotation: the schemas hold
     * {@code "id": {"id": {...}}} under {@code system-id} and {@code external-ids}, an unknown keyword that draft-07
     * ignores but that this validator would refuse as a draft-04 identifier.
     */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.builder(
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7))
            .metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV7())
                    .keyword(new AnnotationKeyword("id"))
                    .build())
            .build();

    public static final OscalSchemas ASSESSMENT_RESULTS = new OscalSchemas("schema/json/oscal-ar_schema.json");
    public static final OscalSchemas POAM = new OscalSchemas("schema/json/oscal-poam_schema.json");

    private final JsonSchema schema;

    private OscalSchemas(String resource) {
        try (InputStream in = Objects.requireNonNull(
                OscalSchemas.class.getClassLoader().getResourceAsStream(resource), resource + " on the classpath")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build();
            schema = FACTORY.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every message of the schema about {@code json}, as text; empty when the document is valid. */
    public List<String> errors(byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            return schema.validate(node).stream()
                    .map(ValidationMessage::toString)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
