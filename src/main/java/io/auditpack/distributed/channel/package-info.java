/** The partition requests' channel in PostgreSQL (Spring Integration's JDBC channel message store) and heartbeats. */
@NullMarked
package io.auditpack.distributed.channel;

import org.jspecify.annotations.NullMarked;
