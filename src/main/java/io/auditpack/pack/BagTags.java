package io.auditpack.pack;

/** Names and fixed content of a bag's tag files. */
final class BagTags {
    static final String BAGIT = "bagit.txt";
    static final String BAG_INFO = "bag-info.txt";
    static final String MANIFEST = "manifest-sha256.txt";
    static final String TAGMANIFEST = "tagmanifest-sha256.txt";
    static final String BAGIT_TEXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

    private BagTags() {}
}
