package io.auditpack.report.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class NameUuidTest {

    @Test
    void givenPythonsVectorTheVersionFiveUuidOfPythonOrgInTheDnsNamespaceMatches() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
        assertThat(NameUuid.v5(NameUuid.NAMESPACE_DNS, "python.org"))
                .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
    }

    @Test
    void givenTheRfc9562VectorTheVersionFiveUuidOfWwwExampleComMatches() {
        // RFC 9562, appendix A.4
        assertThat(NameUuid.v5(NameUuid.NAMESPACE_DNS, "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void theProjectNamespaceIsTheVersionFiveUuidOfItsUrnInTheUrlNamespace() {
        UUID namespace = NameUuid.v5(NameUuid.NAMESPACE_URL, "urn:auditpack:oscal");

        assertThat(namespace).isEqualTo(OscalNames.NAMESPACE);
        assertThat(namespace.version()).isEqualTo(5);
        assertThat(namespace.variant()).isEqualTo(2);
    }

    @Test
    void givenJobVersionKindAndIdsTheUuidIsStableAndEachPartChangesIt() {
        OscalNames names = new OscalNames("soc2-2026", 3);

        String uuid = names.uuid("observation", "EV-1");

        assertThat(uuid).isEqualTo(new OscalNames("soc2-2026", 3).uuid("observation", "EV-1"));
        assertThat(uuid)
                .isEqualTo(NameUuid.v5(OscalNames.NAMESPACE, "auditpack:soc2-2026:v3:observation:EV-1")
                        .toString())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(new OscalNames("soc2-2026", 4).uuid("observation", "EV-1")).isNotEqualTo(uuid);
        assertThat(new OscalNames("iso-2026", 3).uuid("observation", "EV-1")).isNotEqualTo(uuid);
        assertThat(names.uuid("evidence", "EV-1")).isNotEqualTo(uuid);
        assertThat(names.uuid("observation", "EV-2")).isNotEqualTo(uuid);
    }
}
