/**
 * The Spring Batch wiring of the monthly job and the run's lifecycle (launch, restart, abandon,
 * lock, history); stages are called here, their rules live in the packages before this one.
 */
package org.reformreport.job;
