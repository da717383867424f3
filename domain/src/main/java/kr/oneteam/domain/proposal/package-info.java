/**
 * Proposals (제안·건의): what a company asked for, in the blocks of INTAKE.md, and the aggregate root
 * that officers edit. {@link kr.oneteam.domain.proposal.Proposal} keeps a few denormalised columns
 * (top programme, score, counts, next follow-up due) so the officers' queue over 100,000 rows needs no joins.
 */
package kr.oneteam.domain.proposal;
