package io.auditpack.e2e;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.nio.file.Path;

/** The Library of Congress BagIt library's opinion of a pack: it throws unless the extracted bag is valid. */
final class BagItLibrary {
    private BagItLibrary() {}

    static void assertValid(Path zip, Path extractInto) throws Exception {
        Bag bag = new BagReader().read(PackFile.read(zip).extractTo(extractInto));
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false);
        }
    }
}
