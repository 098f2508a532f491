/**
 * The month's email: who gets which published document, the outbox that makes each message go
 * once per version, the SMTP rounds with their retries, and the words of the messages.
 */
package org.reformreport.delivery;
