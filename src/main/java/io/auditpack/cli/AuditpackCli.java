package io.auditpack.cli;
public class AuditpackCli { public static void main(String[] a) {} }
