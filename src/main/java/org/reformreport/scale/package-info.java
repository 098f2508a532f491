/** Partitioning by ranges of unit codes, on local threads or on remote workers over RabbitMQ. */
package org.reformreport.scale;
