package io.auditpack.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (or "development" when run from classes). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = AuditpackCli.class.getPackage().getImplementationVersion();
        return new String[] {"auditpack " + (version == null ? "development" : version)};
    }
}
