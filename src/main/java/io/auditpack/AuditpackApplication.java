package io.auditpack;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application that hosts the batch job; the command line in {@code cli} decides when it starts. */
@SpringBootApplication
public class AuditpackApplication {}
