/** reform-report: the monthly batch job of a district reform office. The application class; the flow is in docs/architecture.md. */
package org.reformreport;
