/** The partition requests' channel in PostgreSQL (Spring Integration's JDBC channel message store) and heartbeats. */
package io.auditpack.distributed.channel;
