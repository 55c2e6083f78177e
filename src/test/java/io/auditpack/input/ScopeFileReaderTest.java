package io.auditpack.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.auditpack.domain.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScopeFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void unknownKeyIsAnErrorWithLineColumnAndSuggestion() {
        InputFolder folder = new InputFolder(dir).write("scope.yaml", """
                services: [Payments API]
                soc2_boundry: [prod]
                """);

        Finding error = folder.onlyError();

        assertThat(error)
                .extracting(Finding::code, Finding::file, Finding::line, Finding::column, Finding::value)
                .containsExactly("input.scope", "scope.yaml", 2L, "1", "soc2_boundry");
        assertThat(error.message()).contains("did you mean \"soc2_boundary\"").contains("accepted keys: ");
    }

    @Test
    void nestedMappingWhereAListIsExpectedIsAnError() {
        InputFolder folder = new InputFolder(dir).write("scope.yaml", """
                teams:
                  platform: yes
                """);

        assertThat(folder.onlyError())
                .extracting(Finding::code, Finding::line, Finding::column)
                .containsExactly("input.scope", 2L, "3");
    }
}
