package io.auditpack.pack;

/**
 * What a pack would contain, without its ZIP: the text of its payload manifest and of its bag-info. Two packs with
 * equal manifests and bag-info have the same content (the other tag files follow from these).
 */
record BagDigest(String manifest, String bagInfo) {
}
