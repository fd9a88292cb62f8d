package org.smartpick.cli;

import picocli.CommandLine;

/** The version from the jar manifest (or "development" when run from classes). */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = SmartPickCommand.class.getPackage().getImplementationVersion();
        return new String[] {"smartpick " + (version == null ? "development" : version)};
    }
}
