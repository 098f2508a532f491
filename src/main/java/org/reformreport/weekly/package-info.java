/**
 * The weekly round with the units' liaisons (spec §10): a receipt (回执) for every file the inbox
 * takes in, to each unit whose rows it holds; a reminder (催报) after each week's deadline to every
 * unit whose tally has not come, and the list of them to the office. It uses the month's intake,
 * figures and outbox, and adds no rule of its own beyond who is told what, once.
 */
package org.reformreport.weekly;
