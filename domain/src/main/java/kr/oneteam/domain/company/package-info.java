/**
 * Companies and institutions that send proposals. A company is known by its name and, when given,
 * its business-registration number ({@link kr.oneteam.domain.company.BizRegNo}); what a company said
 * about itself in one proposal is kept on that proposal as a snapshot, because it changes over time.
 */
package kr.oneteam.domain.company;
