/**
 * The model checked on real data through the catalog: the interview model cross-validated by program on the
 * published interview rates, and the recommended numbers of applications beside what applicants send.
 */
package org.smartpick.catalog.validation;
