/** Partitioning by ranges of unit codes, on local threads or on remote workers over RabbitMQ. */
@NullMarked
package org.reformreport.scale;

import org.jspecify.annotations.NullMarked;
