/**
 * The programme catalogue (지원사업, POLICY.md §1) and its capacity. Capacity is reserved and released
 * only through {@link kr.oneteam.domain.programme.ProgrammeRepository}'s conditional updates, so that
 * concurrent accepts by several officers can never allocate more than a programme has.
 */
package kr.oneteam.domain.programme;
