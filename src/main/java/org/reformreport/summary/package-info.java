/**
 * The month from the stored rows (spec §5 and §6): each task's effective status, each unit's figures,
 * the submission grid, scores and ranks per group, and the read model the outputs are written from.
 */
package org.reformreport.summary;
