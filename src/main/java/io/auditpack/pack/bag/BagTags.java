package io.auditpack.pack.bag;

/** Names and fixed content of a bag's tag files. */
public final class BagTags {
    public static final String BAGIT = "bagit.txt";
    public static final String BAG_INFO = "bag-info.txt";
    public static final String MANIFEST = "manifest-sha256.txt";
    public static final String TAGMANIFEST = "tagmanifest-sha256.txt";
    public static final String BAGIT_TEXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

    private BagTags() {}
}
