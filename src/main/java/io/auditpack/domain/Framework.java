package io.auditpack.domain;

/** The two frameworks a pack can speak to. {@link #label()} is the word used in files and reports. */
public enum Framework {
    SOC2("SOC2"),
    ISO27001("ISO27001");

    private final String label;

    Framework(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
